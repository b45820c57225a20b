using KubeLint.Yaml;

namespace KubeLint.Manifests.Suppressions;

/// <summary>One <c>ignore.kubelint.io/&lt;rule&gt;[.&lt;container&gt;]: "&lt;reason&gt;"</c> annotation.</summary>
/// <param name="Rule">The rule id or name, as written.</param>
/// <param name="Container">The container it is limited to, or null for the whole object.</param>
/// <param name="Reason">The recorded reason (may be empty, which is itself a finding).</param>
/// <param name="Node">The annotation's value node.</param>
internal sealed record Suppression(string Rule, string? Container, string Reason, YamlNode Node);
