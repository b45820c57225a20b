using System.Collections.Concurrent;
using KubeLint.Linting.Inputs;
using KubeLint.Manifests;
using KubeLint.Manifests.Index;
using KubeLint.Rules;

namespace KubeLint.Linting;

/// <summary>
/// Lints one file: reads it, builds its objects, runs every per-object rule while the tree is alive,
/// and keeps only the compact facts that cross-object rules need.
/// </summary>
internal sealed class FileLinter(IReadOnlyList<ObjectRule> rules, LintRequest request, Func<string, LintSettings> settingsFor)
{
    private readonly ConcurrentDictionary<LintSettings, ObjectRule[]> _rulesBySettings = new(ReferenceEqualityComparer.Instance);

    public FileOutcome Lint(InputFile file)
    {
        var outcome = new FileOutcome();
        var (text, readError) = SourceReader.Read(file, request.MaxFileBytes);
        if (readError is not null)
        {
            outcome.Errors.Add(readError);
        }

        if (text is null)
        {
            return outcome;
        }

        if (file.ChartRoot is not null && text.Contains("{{", StringComparison.Ordinal))
        {
            outcome.SkippedTemplateOfChart = file.ChartRoot;
            return outcome;
        }

        var settings = settingsFor(file.DisplayPath);
        var content = ManifestReader.Read(file.DisplayPath, text, settings.DefaultNamespace, request.YamlLimits);
        foreach (var error in content.Errors)
        {
            outcome.Errors.Add(new InputError(file.DisplayPath, error.Position.Line, error.Position.Column, error.Message));
        }

        foreach (var obj in content.Objects)
        {
            outcome.Objects.Add(new LintedObject(obj.Ref, obj.Source.File, obj.AnchorNode.Start.Line));
            LintObject(obj, outcome, settings);
        }

        return outcome;
    }

    private void LintObject(K8sObject obj, FileOutcome outcome, LintSettings settings)
    {
        var context = new RuleContext(obj, outcome.Sink, settings);
        foreach (var rule in RulesFor(settings))
        {
            context.CurrentRule = rule;
            try
            {
                rule.Check(context);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                outcome.Errors.Add(RuleFailure.Describe(rule, obj.Ref, obj.SpanOf(obj.AnchorNode), e));
            }
        }

        context.CurrentRule = null;
        FactExtractor.Extract(obj, context.Pod, context.Suppressions, outcome.Facts, settings.AdminUis, context.CommandLineOf);
    }

    private ObjectRule[] RulesFor(LintSettings settings) =>
        _rulesBySettings.GetOrAdd(settings, s => [.. rules.Where(r => s.Runs(r.Descriptor))]);
}
