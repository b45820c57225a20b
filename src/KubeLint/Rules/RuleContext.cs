using KubeLint.Manifests;
using KubeLint.Manifests.Suppressions;
using KubeLint.Manifests.Workloads;
using KubeLint.Yaml;

namespace KubeLint.Rules;

/// <summary>What an <see cref="ObjectRule"/> sees of one object, and where it reports.</summary>
public sealed class RuleContext
{
    private static readonly string[] ContainerListKeys = ["containers", "initContainers", "ephemeralContainers"];

    private readonly FindingSink _sink;
    private readonly IRulePolicy _settings;
    private readonly PodSpecView? _pod;
    private SuppressionSet? _suppressions;
    private Dictionary<ContainerView, Manifests.Programs.ContainerCommandLine>? _commandLines;
    private IReadOnlyList<Manifests.Rbac.RoleRuleNode>? _roleRules;

    internal RuleContext(K8sObject obj, FindingSink sink, IRulePolicy settings, PodSpecView? pod)
    {
        Object = obj;
        _sink = sink;
        _settings = settings;
        _pod = pod;
    }

    /// <summary>The object being checked.</summary>
    public K8sObject Object { get; }

    internal Rule? CurrentRule { get; set; }

    internal IRulePolicy Settings => _settings;

    /// <summary>The Pod Security Standards policy version in force (the selected one, else the latest).</summary>
    internal Manifests.PodSecurity.PssVersion PolicyVersion => _settings.PolicyVersion;

    /// <summary>The level selected with <c>--pss</c>, or null when every pod-security rule runs.</summary>
    internal Manifests.PodSecurity.PssLevel? SelectedLevel => _settings.Pss?.Level;

    /// <summary>
    /// The pod spec being checked when the object runs pods; an object with several (some custom
    /// resources) is checked once per pod spec.
    /// </summary>
    public PodSpecView? Pod => _pod;

    /// <summary>Whether this is the object's first (or only) pod spec, so that checks of the whole object run once.</summary>
    internal bool IsFirstPodSpec { get; init; } = true;

    /// <summary>A container's parsed command line, parsed once per object and shared by every rule.</summary>
    internal Manifests.Programs.ContainerCommandLine CommandLineOf(ContainerView container)
    {
        _commandLines ??= new Dictionary<ContainerView, Manifests.Programs.ContainerCommandLine>(ReferenceEqualityComparer.Instance);
        if (!_commandLines.TryGetValue(container, out var commandLine))
        {
            commandLine = Manifests.Programs.ContainerCommandLine.Parse(container.Node);
            _commandLines[container] = commandLine;
        }

        return commandLine;
    }

    /// <summary>The rules of a Role or ClusterRole, read once per object and shared by every rule (none for other kinds).</summary>
    internal IReadOnlyList<Manifests.Rbac.RoleRuleNode> RoleRules => _roleRules ??= Manifests.Rbac.RoleRuleNode.Of(Object);

    internal SuppressionSet Suppressions =>
        _suppressions ??= SuppressionSet.From(Object.Metadata?.GetMapping("annotations"), Pod?.TemplateMetadata?.GetMapping("annotations"));

    /// <summary>Reports a finding at <paramref name="node"/> with the rule's default severity.</summary>
    public void Report(YamlNode node, string message) =>
        Report(node, message, CurrentRuleDescriptor.DefaultSeverity);

    /// <summary>Reports a finding at <paramref name="node"/> with a severity of the rule's choosing.</summary>
    public void Report(YamlNode node, string message, Severity severity) => Report(node, message, severity, null);

    /// <summary>Reports a finding with what would fix it.</summary>
    internal void Report(YamlNode node, string message, Fixes.FixIntent fix) =>
        Report(node, message, CurrentRuleDescriptor.DefaultSeverity, [fix with { RuleId = CurrentRuleDescriptor.Id }]);

    private void Report(YamlNode node, string message, Severity severity, IReadOnlyList<Fixes.FixIntent>? fixes)
    {
        ArgumentNullException.ThrowIfNull(node);
        ArgumentException.ThrowIfNullOrEmpty(message);
        var draft = new FindingDraft(
            CurrentRuleDescriptor,
            severity,
            message,
            Object.Ref,
            Object.Source,
            Object.SpanOf(node),
            node.Path,
            ContainerOf(node),
            Suppressions,
            fixes);
        _sink.Add(draft, _settings);
    }

    /// <summary>Keeps findings suppressed while another rule ran inside this one, so they are counted and listed.</summary>
    internal void KeepSuppressed(IEnumerable<Finding> suppressed) => _sink.AddSuppressed(suppressed);

    /// <summary>Reports at a span already resolved (a finding another rule made, reported again together).</summary>
    internal void ReportAt(SourceSpan span, string path, string? container, string message, Severity severity, IReadOnlyList<Fixes.FixIntent>? fixes = null) =>
        _sink.Add(new FindingDraft(CurrentRuleDescriptor, severity, message, Object.Ref, Object.Source, span, path, container, Suppressions, fixes), _settings);

    private RuleDescriptor CurrentRuleDescriptor =>
        CurrentRule?.Descriptor ?? throw new InvalidOperationException("Report is only valid while a rule runs.");

    /// <summary>The name of the container whose subtree holds <paramref name="node"/>, if any.</summary>
    internal static string? ContainerOf(YamlNode node)
    {
        for (var current = node; current.Parent is not null; current = current.Parent)
        {
            if (current is YamlMapping container
                && current.Parent is YamlSequence list
                && list.Key is YamlScalar listKey
                && ContainerListKeys.Contains(listKey.Value))
            {
                return container.GetString("name");
            }
        }

        return null;
    }
}
