using System.Collections.Concurrent;
using KubeLint.Linting.Discovery;
using KubeLint.Linting.Rendering;
using KubeLint.Manifests;
using KubeLint.Manifests.Index;
using KubeLint.Manifests.Workloads;
using KubeLint.Rules;

namespace KubeLint.Linting.Engine;

/// <summary>
/// Lints one file: reads it, builds its objects, runs every per-object rule while the tree is alive,
/// and keeps only the compact facts that cross-object rules need.
/// </summary>
internal sealed class FileLinter(IReadOnlyList<ObjectRule> rules, LintRequest request, Func<string, LintSettings> settingsFor, FindingPool pool)
{
    private readonly ConcurrentDictionary<LintSettings, ObjectRule[]> _rulesBySettings = new(ReferenceEqualityComparer.Instance);

    public FileOutcome Lint(InputFile file)
    {
        var outcome = new FileOutcome(pool) { PathIndex = file.PathIndex };
        outcome.Facts.Scope = file.Render is { } render ? JoinScope.OfRender(render.Directory)
            : file.FullPath is { } fullPath ? JoinScope.OfFile(fullPath)
            : JoinScope.InMemory;
        var settings = settingsFor(file.DisplayPath);
        // A chart is rendered into the default namespace (--namespace, else the configuration's), and its objects that name none are in it.
        var (text, readError) = file.Render is { } job ? Render(job, outcome, settings.DefaultNamespace) : SourceReader.Read(file, request.MaxFileBytes);
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

        var content = ManifestReader.Read(file.DisplayPath, text, settings.DefaultNamespace, request.YamlLimits, pool.Strings);
        foreach (var error in content.Errors)
        {
            outcome.Errors.Add(new InputError(file.DisplayPath, error.Position.Line, error.Position.Column, error.Message));
        }

        foreach (var obj in content.Objects)
        {
            outcome.Objects.Add(new LintedObject(obj.Ref, obj.Source.File, obj.AnchorNode.Start.Line));
            LintObject(obj, outcome, settings);
        }

        outcome.Sink.Complete();
        return outcome;
    }

    private (string? Text, InputError? Error) Render(RenderJob job, FileOutcome outcome, string releaseNamespace)
    {
        var options = request.Render ?? new RenderOptions();
        var sources = request.HeadStart?.SourcesFor(job) ?? new RenderSources(job);
        var output = sources.ReadWhileRendering(() => job.Kind == RendererKind.Helm
            ? HelmRenderer.Render(job, options, releaseNamespace, request.MaxFileBytes, request.HeadStart)
            : KustomizeRenderer.Render(job, options, request.MaxFileBytes, request.HeadStart));
        if (output.Text is null)
        {
            return (null, InputError.ForWhole(job.DisplayPath, output.Error ?? "rendering failed"));
        }

        outcome.Rendered = new RenderedSource(job, output.Text, sources);
        if (request.MaxDegreeOfParallelism != 1)
        {
            outcome.Rendered.AlignAhead();
        }

        return (output.Text, null);
    }

    private void LintObject(K8sObject obj, FileOutcome outcome, LintSettings settings)
    {
        var pods = PodSpecView.CreateAll(obj);
        if (pods.Count == 0)
        {
            LintObject(obj, null, outcome, settings);
            return;
        }

        for (var i = 0; i < pods.Count; i++)
        {
            LintObject(obj, pods[i], outcome, settings, isFirstPodSpec: i == 0);
        }
    }

    private void LintObject(K8sObject obj, PodSpecView? pod, FileOutcome outcome, LintSettings settings, bool isFirstPodSpec = true)
    {
        var context = new RuleContext(obj, outcome.Sink, settings, pod) { IsFirstPodSpec = isFirstPodSpec };
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
