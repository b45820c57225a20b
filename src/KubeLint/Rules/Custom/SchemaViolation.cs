using KubeLint.Yaml;

namespace KubeLint.Rules.Custom;

/// <summary>Where a manifest fails a check's schema, and why, in words a message can quote.</summary>
/// <param name="At">The offending node, or the mapping that lacks a required key.</param>
/// <param name="Reason">What is wrong, e.g. <c>'nginx:latest' does not match ^registry\.acme\.com/</c>.</param>
/// <param name="Value">The offending scalar's text, or null for a collection or a missing key.</param>
internal readonly record struct SchemaViolation(YamlNode At, string Reason, string? Value);
