using YamlDotNet.Core;

namespace KubeLint.Yaml;

internal enum YamlEventKind
{
    DocumentStart,
    DocumentEnd,
    Scalar,
    Alias,
    MappingStart,
    MappingEnd,
    SequenceStart,
    SequenceEnd,
}

/// <summary>
/// One parsing event, as the tree builder needs it. <see cref="Value"/> is a scalar's text or an
/// alias's anchor name; <see cref="Anchor"/> and <see cref="Tag"/> are null when the node has none.
/// </summary>
internal readonly record struct YamlEvent(
    YamlEventKind Kind,
    Mark Start,
    Mark End,
    string? Value = null,
    YamlDotNet.Core.ScalarStyle Style = YamlDotNet.Core.ScalarStyle.Any,
    string? Anchor = null,
    string? Tag = null,
    bool IsFlow = false);

/// <summary>A stream of parsing events, pulled one at a time.</summary>
internal interface IYamlEventSource
{
    /// <summary>Moves to the next event; false at the end of the stream. Throws on invalid YAML.</summary>
    bool MoveNext();

    ref readonly YamlEvent Current { get; }
}
