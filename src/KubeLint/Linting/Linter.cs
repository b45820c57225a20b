using System.Collections.Concurrent;
using KubeLint.Linting.Configuration;
using KubeLint.Linting.Discovery;
using KubeLint.Linting.Engine;
using KubeLint.Linting.Rendering;
using KubeLint.Manifests.Index;
using KubeLint.Rules;

namespace KubeLint.Linting;

/// <summary>
/// The entry point: lints files, directories and in-memory text with a set of rules. Thread-safe;
/// output is sorted and identical at any degree of parallelism.
/// </summary>
public sealed class Linter
{
    private readonly ObjectRule[] _objectRules;
    private readonly CrossObjectRule[] _crossObjectRules;

    /// <summary>A linter with every built-in rule (those disabled by default run only when configuration enables them).</summary>
    public Linter()
        : this(BuiltInRules.All)
    {
    }

    /// <summary>A linter with exactly these rules (built-in or your own <see cref="ObjectRule"/>s).</summary>
    public Linter(IEnumerable<Rule> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        Rules = [.. rules.OrderBy(r => r.Descriptor.Id, StringComparer.Ordinal)];
        _objectRules = [.. Rules.OfType<ObjectRule>()];
        _crossObjectRules = [.. Rules.OfType<CrossObjectRule>()];
    }

    /// <summary>The rules this linter runs, in id order.</summary>
    public IReadOnlyList<Rule> Rules { get; }

    /// <summary>Below this many bytes of input, files are linted one after another (threads cost more than they save).</summary>
    internal long ParallelThresholdBytes { get; init; } = 1024 * 1024;

    /// <summary>Lints one in-memory manifest text.</summary>
    public LintResult LintText(string text, string name = "-", string? defaultNamespace = null) =>
        Lint(new LintRequest { Texts = [new SourceText(name, text)], DefaultNamespace = defaultNamespace, UseConfigFiles = false });

    /// <summary>Lints everything the request names.</summary>
    public LintResult Lint(LintRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        (request, var standardInputError) = StandardInput.Take(request.AsRun());
        var resolver = new SettingsResolver(request, [.. Rules.Select(r => r.Descriptor)]);
        var discovery = FileDiscovery.Discover(request.Paths, RenderPlan.For(request.Render ?? new RenderOptions()), trustGitIgnore: !request.Untrusted);
        var settingsByFile = new Dictionary<string, LintSettings>(StringComparer.Ordinal);
        var inputs = discovery.Files
            .Concat(request.Texts.Select(t => new InputFile(t.Name, null, t.Text.Length, null) { Text = t.Text }))
            .Where(input =>
            {
                var settings = resolver.For(input.FullPath);
                settingsByFile[input.DisplayPath] = settings;
                return input.FullPath is null || settings.Paths?.Allows(input.FullPath) != false;
            })
            .ToArray();
        LintSettings SettingsFor(string file) => settingsByFile.GetValueOrDefault(file) ?? resolver.For(null);

        // Every configuration is resolved by now, so the run's rules are known: these and the checks the configurations declare.
        var checks = resolver.CustomChecks.SelectMany(check => check.Rules()).ToArray();
        var objectRules = checks.Length == 0 ? _objectRules : [.. _objectRules, .. checks.OfType<ObjectRule>()];
        var crossObjectRules = checks.Length == 0 ? _crossObjectRules : [.. _crossObjectRules, .. checks.OfType<CrossObjectRule>()];
        var limits = request.YamlLimits with { RunBudget = new Yaml.AliasBudget(request.YamlLimits.MaxAliasExpansionPerRun) };
        var pool = new FindingPool(new StringPool());
        var fileLinter = new FileLinter(objectRules, request with { YamlLimits = limits }, SettingsFor, pool);
        var (linted, outcomes) = LintRendersThenFiles(inputs, discovery.Components, fileLinter, request.MaxDegreeOfParallelism);

        var crossSink = new FindingSink(pool);
        var crossErrors = new List<InputError>(resolver.Errors);
        if (standardInputError is not null)
        {
            crossErrors.Add(standardInputError);
        }

        var clusters = request.ClusterPerPath ? outcomes.GroupBy(o => o.PathIndex).OrderBy(g => g.Key).Select(g => g.ToArray()) : [outcomes];
        foreach (var cluster in clusters)
        {
            RunCrossObjectRules(crossObjectRules, new ManifestIndex(cluster.Select(o => o.Facts)), crossSink, crossErrors, SettingsFor);
        }

        foreach (var outcome in outcomes)
        {
            outcome.ReleaseFacts();
        }

        var failOn = request.FailOn ?? StrictestFailOn(inputs, SettingsFor, resolver);
        var descriptors = Rules.Select(r => r.Descriptor).Concat(resolver.CustomChecks.Select(c => c.Descriptor));
        var result = Assemble(linted, discovery, outcomes, crossSink, crossErrors) with { FailOn = failOn, Rules = [.. descriptors] };
        return request.Baseline is { } baseline ? ApplyBaseline(result, baseline) : result;
    }

    /// <summary>
    /// With several configurations in one run, the strictest threshold among those governing the
    /// inputs (a file without one counts as the default, warning): a configuration placed beside some
    /// files cannot relax what the rest of the run fails on.
    /// </summary>
    private static Severity StrictestFailOn(InputFile[] inputs, Func<string, LintSettings> settingsFor, SettingsResolver resolver)
    {
        if (inputs.Length == 0)
        {
            return resolver.For(null).FailOn ?? Severity.Warning;
        }

        var strictest = Severity.Error;
        foreach (var input in inputs)
        {
            var failOn = settingsFor(input.DisplayPath).FailOn ?? Severity.Warning;
            strictest = failOn < strictest ? failOn : strictest;
        }

        return strictest;
    }

    private static LintResult ApplyBaseline(LintResult result, Baselines.Baseline baseline)
    {
        var (fresh, outcome) = baseline.Apply(result.Findings);
        return result with
        {
            Findings = fresh,
            Baseline = outcome,
            Summary = result.Summary with { Findings = fresh.Count },
        };
    }

    /// <summary>
    /// Renders charts and kustomizations and lints their output, while the files that belong to no
    /// kustomization are linted beside them (the renderers run outside this process, so the wait for
    /// them is spent linting); then the files a kustomization names in its own folder, unless that
    /// kustomization or a component built (they were linted through the build).
    /// Returns how many inputs were linted, and their outcomes: renders first, then files in input order.
    /// </summary>
    private (int Linted, FileOutcome[] Outcomes) LintRendersThenFiles(InputFile[] inputs, IReadOnlySet<string> components, FileLinter fileLinter, int requestedParallelism)
    {
        var renders = inputs.Where(i => i.Render is not null).ToArray();
        var independent = inputs.Where(i => i.Render is null && i.ConsumedBy is null).ToArray();
        FileOutcome[] renderOutcomes, independentOutcomes;
        if (renders.Length > 0 && independent.Length > 0 && requestedParallelism != 1)
        {
            var rendering = Task.Factory.StartNew(() => LintFiles(renders, fileLinter, requestedParallelism), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
            independentOutcomes = LintFiles(independent, fileLinter, requestedParallelism);
            renderOutcomes = rendering.GetAwaiter().GetResult();
        }
        else
        {
            renderOutcomes = LintFiles(renders, fileLinter, requestedParallelism);
            independentOutcomes = LintFiles(independent, fileLinter, requestedParallelism);
        }

        var built = renders.Zip(renderOutcomes)
            .Where(pair => pair.Second.Rendered is not null)
            .Select(pair => pair.First.Render!.Directory)
            .Concat(components)
            .ToHashSet(StringComparer.Ordinal);
        var unbuilt = inputs.Where(i => i.Render is null && i.ConsumedBy is not null && !built.Contains(i.ConsumedBy)).ToArray();
        var outcomeOf = new Dictionary<InputFile, FileOutcome>(ReferenceEqualityComparer.Instance);
        foreach (var (input, outcome) in independent.Zip(independentOutcomes).Concat(unbuilt.Zip(LintFiles(unbuilt, fileLinter, requestedParallelism))))
        {
            outcomeOf[input] = outcome;
        }

        var fileOutcomes = inputs.Where(outcomeOf.ContainsKey).Select(i => outcomeOf[i]);
        return (renders.Length + outcomeOf.Count, [.. renderOutcomes, .. fileOutcomes]);
    }

    private FileOutcome[] LintFiles(InputFile[] inputs, FileLinter fileLinter, int requestedParallelism)
    {
        var outcomes = new FileOutcome[inputs.Length];
        var totalBytes = 0L;
        foreach (var input in inputs)
        {
            totalBytes += input.Length;
        }

        var degree = requestedParallelism > 0 ? requestedParallelism : Environment.ProcessorCount;
        if (degree <= 1 || inputs.Length < 2 || totalBytes < ParallelThresholdBytes)
        {
            for (var i = 0; i < inputs.Length; i++)
            {
                outcomes[i] = fileLinter.Lint(inputs[i]);
            }

            return outcomes;
        }

        var largestFirst = Enumerable.Range(0, inputs.Length).OrderByDescending(i => inputs[i].Length).ToArray();
        Parallel.ForEach(
            Partitioner.Create(largestFirst, loadBalance: true),
            new ParallelOptions { MaxDegreeOfParallelism = degree },
            i => outcomes[i] = fileLinter.Lint(inputs[i]));
        return outcomes;
    }

    private static void RunCrossObjectRules(CrossObjectRule[] rules, ManifestIndex index, FindingSink sink, List<InputError> errors, Func<string, LintSettings> settingsFor)
    {
        var context = new CrossObjectContext(index, sink, settingsFor);
        foreach (var rule in rules)
        {
            context.CurrentRule = rule;
            try
            {
                rule.Check(context);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                errors.Add(InputError.ForWhole("-", $"internal error: rule {rule.Descriptor.Id} {rule.Descriptor.Name} failed: {e.GetType().Name}: {e.Message}") with
                {
                    Kind = ErrorKind.Internal,
                });
            }
        }
    }

    private LintResult Assemble(int fileCount, FileDiscovery discovery, FileOutcome[] outcomes, FindingSink crossSink, List<InputError> crossErrors)
    {
        var relocate = SourceRelocation.For(outcomes);
        var findings = SharedSourceFindings.ReportOnce([.. outcomes.SelectMany(o => o.Sink.Findings).Concat(crossSink.Findings).Select(relocate).Distinct()]);
        var suppressed = SharedSourceFindings.ReportOnce([.. outcomes.SelectMany(o => o.Sink.Suppressed).Concat(crossSink.Suppressed).Select(relocate).Distinct()]);
        var errors = discovery.Errors.Concat(outcomes.SelectMany(o => o.Errors)).Concat(crossErrors).ToList();
        findings.Sort(FindingOrder.Findings);
        suppressed.Sort(FindingOrder.Findings);
        errors.Sort(FindingOrder.Errors);

        var notices = outcomes
            .Where(o => o.SkippedTemplateOfChart is not null)
            .GroupBy(o => o.SkippedTemplateOfChart!, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new LintNotice(
                DisplayChart(g.Key),
                $"skipped {g.Count()} un-rendered Helm template file(s); lint the chart's `helm template` output instead"))
            .Concat(discovery.Notices)
            .OrderBy(n => n.Path, StringComparer.Ordinal)
            .ToList();

        return new LintResult
        {
            Findings = findings,
            Suppressed = suppressed,
            Errors = errors,
            Notices = notices,
            Rules = [.. Rules.Select(r => r.Descriptor)],
            Objects = [.. outcomes.SelectMany(o => o.Objects)],
            Summary = new LintSummary(fileCount, outcomes.Sum(o => o.Objects.Count), findings.Count, errors.Count, suppressed.Count),
        };
    }

    private static string DisplayChart(string chartRoot)
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, chartRoot);
        return (relative.StartsWith("..", StringComparison.Ordinal) ? chartRoot : relative).Replace('\\', '/');
    }
}
