using YamlDotNet.Core;

namespace KubeLint.Yaml;

/// <summary>
/// Builds our immutable tree from parsing events without recursion: collections are
/// frames on an explicit stack, finished children wait in one shared list until their parent closes.
/// Aliases reuse the anchored node; <c>&lt;&lt;</c> merge keys are resolved when a mapping closes.
/// </summary>
internal sealed class YamlTreeBuilder
{
    private readonly YamlLimits _limits;
    private readonly List<YamlNode> _pending = [];
    private readonly GrowableList<Frame> _frames = new();
    private readonly Dictionary<string, YamlNode> _anchors = new(StringComparer.Ordinal);
    private readonly List<YamlError> _documentWarnings = [];
    private readonly MappingEntries _entries = new();
    private int _lineBase;
    private int _offsetBase;
    private long _aliasExpansion;
    private YamlNode? _root;
    private YamlError? _documentError;
    private SourcePosition? _firstNonScalarKey;

    public YamlTreeBuilder(YamlLimits limits) => _limits = limits;

    /// <summary>Line and offset of the text's first character within the whole stream (for restarts after an error).</summary>
    public void SetOrigin(int lineBase, int offsetBase)
    {
        _lineBase = lineBase;
        _offsetBase = offsetBase;
        RunBudgetTaken = 0;
    }

    /// <summary>What aliases took from the run's budget since <see cref="SetOrigin"/>, to give back if the text is read again.</summary>
    public long RunBudgetTaken { get; private set; }

    public SourcePosition ToPosition(Mark mark) =>
        new((int)mark.Line + _lineBase, (int)mark.Column, (int)mark.Index + _offsetBase);

    public void StartDocument()
    {
        _pending.Clear();
        _frames.Clear();
        _anchors.Clear();
        _aliasExpansion = 0;
        _root = null;
        _documentError = null;
        _documentWarnings.Clear();
        _firstNonScalarKey = null;
    }

    /// <summary>
    /// Ends the current document: its root, or the first error that made it unusable; and the
    /// problems that kubectl reads past (duplicate keys), which are reported while the document is still linted.
    /// </summary>
    public (YamlNode? Root, YamlError? Error, IReadOnlyList<YamlError> Warnings) EndDocument() =>
        (_documentError is null ? _root : null, _documentError, [.. _documentWarnings]);

    /// <summary>Where the current document first uses a collection as a mapping key (JSON cannot), if anywhere.</summary>
    public SourcePosition? FirstNonScalarKey => _firstNonScalarKey;

    /// <summary>Feeds one node event; throws <see cref="YamlLimitException"/> when a limit is crossed.</summary>
    public void Add(in YamlEvent parsingEvent)
    {
        switch (parsingEvent.Kind)
        {
            case YamlEventKind.Scalar:
                AddScalar(parsingEvent);
                break;
            case YamlEventKind.Alias:
                AddAlias(parsingEvent);
                break;
            case YamlEventKind.MappingStart:
            case YamlEventKind.SequenceStart:
                OpenFrame(parsingEvent);
                break;
            case YamlEventKind.MappingEnd:
                CloseMapping(parsingEvent.End);
                break;
            case YamlEventKind.SequenceEnd:
                CloseSequence(parsingEvent.End);
                break;
        }
    }

    private void AddScalar(in YamlEvent scalar)
    {
        var value = scalar.Value!;
        var node = new YamlScalar(Utf16Text.Repair(value), MapStyle(scalar.Style), scalar.Tag, ToPosition(scalar.Start), ToPosition(scalar.End));
        if (scalar.Tag is { } tag && Yaml11Resolver.TagConflict(value, tag) is { } conflict)
        {
            FailDocument(node.Start, conflict);
        }

        Complete(node, scalar.Anchor);
    }

    private void AddAlias(in YamlEvent alias)
    {
        if (!_anchors.TryGetValue(alias.Value!, out var target))
        {
            FailDocument(ToPosition(alias.Start), $"alias *{alias.Value} refers to no anchor defined before it");
            Push(new YamlScalar(string.Empty, ScalarStyle.Plain, null, ToPosition(alias.Start), ToPosition(alias.End)));
            return;
        }

        _aliasExpansion = YamlNode.AddSaturating(_aliasExpansion, target.ExpandedCount);
        if (_aliasExpansion > _limits.MaxAliasExpansion)
        {
            throw new YamlLimitException(
                ToPosition(alias.Start),
                $"aliases expand this document by more than {_limits.MaxAliasExpansion:N0} nodes (an alias bomb?); the document is not linted");
        }

        if (_limits.RunBudget is { } run)
        {
            var withinBudget = run.TrySpend(target.ExpandedCount, out var taken);
            RunBudgetTaken += taken;
            if (!withinBudget)
            {
                throw new YamlLimitException(
                    ToPosition(alias.Start),
                    $"aliases expand the files of this run by more than {run.Limit:N0} nodes; the document is not linted");
            }
        }

        Push(target);
    }

    private void OpenFrame(in YamlEvent start)
    {
        if (_frames.Count >= _limits.MaxDepth)
        {
            throw new YamlLimitException(
                ToPosition(start.Start),
                $"nesting is deeper than {_limits.MaxDepth} levels; the document is not linted");
        }

        _frames.Add(new Frame(_pending.Count, ToPosition(start.Start), start.Anchor, start.IsFlow));
    }

    private void CloseSequence(Mark end)
    {
        var frame = PopFrame();
        var count = _pending.Count - frame.FirstChild;
        var items = new YamlNode[count];
        _pending.CopyTo(frame.FirstChild, items, 0, count);
        _pending.RemoveRange(frame.FirstChild, count);

        var endPosition = frame.IsFlow || count == 0 ? ToPosition(end) : items[^1].End;
        var sequence = new YamlSequence(items, frame.Start, endPosition);
        for (var i = 0; i < items.Length; i++)
        {
            items[i].AttachTo(sequence, null, i);
        }

        Complete(sequence, frame.Anchor);
    }

    /// <summary>
    /// Closes a mapping as go-yaml v2 (and so kubectl) reads it: entries apply in document order, so
    /// a later key, written or merged in with <c>&lt;&lt;</c>, replaces an earlier one; within a
    /// <c>&lt;&lt;: [a, b]</c> sequence the earlier mapping wins. A key written twice is reported, and
    /// the last value is the one kubectl sends.
    /// </summary>
    private void CloseMapping(Mark end)
    {
        var frame = PopFrame();
        var count = _pending.Count - frame.FirstChild;
        var entries = _entries;
        entries.Clear();
        YamlNode? lastWrittenEnd = null;
        for (var i = frame.FirstChild; i + 1 < _pending.Count; i += 2)
        {
            var key = _pending[i];
            var value = _pending[i + 1];
            lastWrittenEnd = value.End.Offset >= key.End.Offset ? value : key;
            if (key is not YamlScalar)
            {
                _firstNonScalarKey ??= key.Start;
            }

            if (IsMergeKey(key))
            {
                Merge(entries, value);
            }
            else if (entries.SetWritten(new YamlMappingEntry(key, value)) is { } earlier)
            {
                NoteDuplicate(earlier, key);
            }
        }

        _pending.RemoveRange(frame.FirstChild, count);
        var array = entries.ToArray();
        var endPosition = frame.IsFlow || lastWrittenEnd is null ? ToPosition(end) : lastWrittenEnd.End;
        var mapping = new YamlMapping(array, frame.Start, endPosition);
        entries.AttachWritten(mapping);

        Complete(mapping, frame.Anchor);
    }

    private static bool IsMergeKey(YamlNode key) =>
        key is YamlScalar { Value: "<<", Style: ScalarStyle.Plain } scalar
        && (scalar.Tag is null || scalar.Tag == "tag:yaml.org,2002:merge");

    private void Merge(MappingEntries entries, YamlNode source)
    {
        switch (source)
        {
            case YamlMapping mapping:
                entries.MergeFrom(mapping);
                break;
            case YamlSequence sequence:
                for (var i = sequence.Items.Count - 1; i >= 0; i--)
                {
                    if (sequence.Items[i] is YamlMapping itemMapping)
                    {
                        entries.MergeFrom(itemMapping);
                    }
                    else
                    {
                        FailDocument(sequence.Items[i].Start, "a << merge key takes a mapping or a sequence of mappings");
                    }
                }

                break;
            default:
                FailDocument(source.Start, "a << merge key takes a mapping or a sequence of mappings");
                break;
        }
    }

    private void NoteDuplicate(YamlNode first, YamlNode second) =>
        _documentWarnings.Add(new YamlError(
            second.Start,
            $"duplicate key \"{(second as YamlScalar)?.Value}\" (first at line {first.Start.Line}): kubectl sends the last value and other tools refuse the file; keep one"));

    private Frame PopFrame()
    {
        var frame = _frames[^1];
        _frames.RemoveLast();
        return frame;
    }

    private void Complete(YamlNode node, string? anchor)
    {
        if (anchor is not null)
        {
            _anchors[anchor] = node;
        }

        Push(node);
    }

    private void Push(YamlNode node)
    {
        if (_frames.Count == 0)
        {
            _root = node;
        }
        else
        {
            _pending.Add(node);
        }
    }

    private void FailDocument(SourcePosition position, string message) =>
        _documentError ??= new YamlError(position, message);

    private static ScalarStyle MapStyle(YamlDotNet.Core.ScalarStyle style) => style switch
    {
        YamlDotNet.Core.ScalarStyle.SingleQuoted => ScalarStyle.SingleQuoted,
        YamlDotNet.Core.ScalarStyle.DoubleQuoted => ScalarStyle.DoubleQuoted,
        YamlDotNet.Core.ScalarStyle.Literal => ScalarStyle.Literal,
        YamlDotNet.Core.ScalarStyle.Folded => ScalarStyle.Folded,
        _ => ScalarStyle.Plain,
    };

    private readonly record struct Frame(int FirstChild, SourcePosition Start, string? Anchor, bool IsFlow);
}
