using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace KubeLint.Yaml;

/// <summary>
/// YamlDotNet's own parser as an event source: the reference that <see cref="ScannerEventParser"/>
/// must agree with, and the one used for every text that parser leaves to it.
/// </summary>
internal sealed class YamlDotNetEvents(IParser parser) : IYamlEventSource
{
    private YamlEvent _current;

    public ref readonly YamlEvent Current => ref _current;

    public bool MoveNext()
    {
        while (parser.MoveNext())
        {
            if (Convert(parser.Current!) is { } converted)
            {
                _current = converted;
                return true;
            }
        }

        return false;
    }

    private static YamlEvent? Convert(ParsingEvent parsingEvent) => parsingEvent switch
    {
        DocumentStart => new YamlEvent(YamlEventKind.DocumentStart, parsingEvent.Start, parsingEvent.End),
        DocumentEnd => new YamlEvent(YamlEventKind.DocumentEnd, parsingEvent.Start, parsingEvent.End),
        Scalar scalar => new YamlEvent(
            YamlEventKind.Scalar, scalar.Start, scalar.End, scalar.Value, scalar.Style, NameOf(scalar.Anchor), NameOf(scalar.Tag)),
        AnchorAlias alias => new YamlEvent(YamlEventKind.Alias, alias.Start, alias.End, alias.Value.Value),
        MappingStart mapping => new YamlEvent(
            YamlEventKind.MappingStart, mapping.Start, mapping.End, Anchor: NameOf(mapping.Anchor), Tag: NameOf(mapping.Tag), IsFlow: mapping.Style == MappingStyle.Flow),
        SequenceStart sequence => new YamlEvent(
            YamlEventKind.SequenceStart, sequence.Start, sequence.End, Anchor: NameOf(sequence.Anchor), Tag: NameOf(sequence.Tag), IsFlow: sequence.Style == SequenceStyle.Flow),
        MappingEnd => new YamlEvent(YamlEventKind.MappingEnd, parsingEvent.Start, parsingEvent.End),
        SequenceEnd => new YamlEvent(YamlEventKind.SequenceEnd, parsingEvent.Start, parsingEvent.End),
        _ => null,
    };

    private static string? NameOf(AnchorName anchor) => anchor.IsEmpty ? null : anchor.Value;

    private static string? NameOf(TagName tag) => tag.IsEmpty ? null : tag.Value;
}
