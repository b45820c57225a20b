using YamlDotNet.Core;
using YamlDotNet.Core.Tokens;

namespace KubeLint.Yaml;

/// <summary>
/// Turns YamlDotNet's tokens (from <see cref="ManifestScanner"/>, or YamlDotNet's own scanner in the
/// tests) into the events YamlDotNet's parser would produce, for the YAML that manifests are made
/// of, without the event object per node and the interning of every mapping key that its parser does.
/// <para>
/// It reads and consumes tokens exactly as YamlDotNet's parser does, so the scanner behaves the same.
/// Whatever it does not handle identically (directives, tags with declared handles, implicit pairs in
/// flow sequences, keyless flow entries, error tokens, anything invalid) throws
/// <see cref="UnsupportedYamlException"/>: the caller then reads the text again with YamlDotNet's
/// parser (<see cref="YamlDotNetEvents"/>), whose events and errors are the reference. A differential
/// test holds the two to the same events on every input they both accept.
/// </para>
/// </summary>
internal sealed class ScannerEventParser(IScanner scanner) : IYamlEventSource
{
    private const string CoreSchemaPrefix = "tag:yaml.org,2002:";

    private readonly GrowableList<State> _states = new();
    private State _state = State.StreamStart;
    private Token? _token;
    private YamlEvent _current;

    private enum State
    {
        StreamStart,
        FirstDocumentStart,
        DocumentStart,
        DocumentContent,
        DocumentEnd,
        BlockNode,
        BlockSequenceFirstEntry,
        BlockSequenceEntry,
        IndentlessSequenceEntry,
        BlockMappingFirstKey,
        BlockMappingKey,
        BlockMappingValue,
        FlowSequenceFirstEntry,
        FlowSequenceEntry,
        FlowMappingFirstKey,
        FlowMappingKey,
        FlowMappingValue,
        StreamEnd,
    }

    public ref readonly YamlEvent Current => ref _current;

    public bool MoveNext()
    {
        switch (_state)
        {
            case State.StreamStart:
                if (Peek() is not StreamStart)
                {
                    throw Unsupported();
                }

                Skip();
                _state = State.FirstDocumentStart;
                return DocumentStart(isImplicit: true);
            case State.FirstDocumentStart:
                return DocumentStart(isImplicit: true);
            case State.DocumentStart:
                return DocumentStart(isImplicit: false);
            case State.DocumentContent:
                DocumentContent();
                return true;
            case State.DocumentEnd:
                DocumentEnd();
                return true;
            case State.BlockNode:
                Node(isBlock: true, indentlessSequence: false);
                return true;
            case State.BlockSequenceFirstEntry:
                BlockSequenceEntry(isFirst: true);
                return true;
            case State.BlockSequenceEntry:
                BlockSequenceEntry(isFirst: false);
                return true;
            case State.IndentlessSequenceEntry:
                IndentlessSequenceEntry();
                return true;
            case State.BlockMappingFirstKey:
                BlockMappingKey(isFirst: true);
                return true;
            case State.BlockMappingKey:
                BlockMappingKey(isFirst: false);
                return true;
            case State.BlockMappingValue:
                BlockMappingValue();
                return true;
            case State.FlowSequenceFirstEntry:
                FlowSequenceEntry(isFirst: true);
                return true;
            case State.FlowSequenceEntry:
                FlowSequenceEntry(isFirst: false);
                return true;
            case State.FlowMappingFirstKey:
                FlowMappingKey(isFirst: true);
                return true;
            case State.FlowMappingKey:
                FlowMappingKey(isFirst: false);
                return true;
            case State.FlowMappingValue:
                FlowMappingValue();
                return true;
            default:
                return false;
        }
    }

    /// <summary>
    /// The start of a document, or the end of the stream (false). The first document may start
    /// without <c>---</c>; later ones only when the previous one ended with <c>...</c> and a scalar follows.
    /// </summary>
    private bool DocumentStart(bool isImplicit)
    {
        if (_token is VersionDirective)
        {
            throw Unsupported();
        }

        var token = Peek();
        if (!isImplicit)
        {
            while (token is YamlDotNet.Core.Tokens.DocumentEnd)
            {
                Skip();
                token = Peek();
            }
        }

        if (token is null)
        {
            throw Unsupported();
        }

        isImplicit |= token is Scalar;
        if ((isImplicit && token is not (VersionDirective or TagDirective or YamlDotNet.Core.Tokens.DocumentStart or StreamEnd or YamlDotNet.Core.Tokens.DocumentEnd))
            || token is BlockMappingStart)
        {
            _states.Add(State.DocumentEnd);
            _state = State.BlockNode;
            Emit(new YamlEvent(YamlEventKind.DocumentStart, token.Start, token.End));
            return true;
        }

        if (token is YamlDotNet.Core.Tokens.DocumentStart explicitStart)
        {
            _states.Add(State.DocumentEnd);
            _state = State.DocumentContent;
            Skip();
            Emit(new YamlEvent(YamlEventKind.DocumentStart, explicitStart.Start, explicitStart.End));
            return true;
        }

        if (token is YamlDotNet.Core.Tokens.DocumentEnd)
        {
            Skip();
            token = Peek();
        }

        if (token is not StreamEnd)
        {
            throw Unsupported();
        }

        _state = State.StreamEnd;
        return false;
    }

    private void DocumentContent()
    {
        if (Peek() is VersionDirective or TagDirective or YamlDotNet.Core.Tokens.DocumentStart or YamlDotNet.Core.Tokens.DocumentEnd or StreamEnd)
        {
            _state = PopState();
            EmptyScalar(scanner.CurrentPosition);
            return;
        }

        Node(isBlock: true, indentlessSequence: false);
    }

    private void DocumentEnd()
    {
        var token = Peek() ?? throw Unsupported();
        var start = token.Start;
        var end = start;
        if (token is YamlDotNet.Core.Tokens.DocumentEnd)
        {
            end = token.End;
            Skip();
        }
        else if (token is not (StreamEnd or YamlDotNet.Core.Tokens.DocumentStart))
        {
            throw Unsupported();
        }

        _state = State.DocumentStart;
        Emit(new YamlEvent(YamlEventKind.DocumentEnd, start, end));
    }

    private void Node(bool isBlock, bool indentlessSequence)
    {
        var token = Peek() ?? throw Unsupported();
        if (token is AnchorAlias alias)
        {
            _state = PopState();
            Emit(new YamlEvent(YamlEventKind.Alias, alias.Start, alias.End, alias.Value.Value));
            Skip();
            return;
        }

        var start = token.Start;
        string? anchor = null;
        string? tag = null;
        while (true)
        {
            if (anchor is null && token is Anchor anchorToken)
            {
                anchor = anchorToken.Value.Value;
            }
            else if (tag is null && token is Tag tagToken)
            {
                tag = Resolve(tagToken);
            }
            else if (token is Anchor or Tag or AnchorAlias)
            {
                throw Unsupported();
            }
            else
            {
                break;
            }

            Skip();
            token = Peek() ?? throw Unsupported();
        }

        if (indentlessSequence && token is BlockEntry)
        {
            _state = State.IndentlessSequenceEntry;
            Emit(new YamlEvent(YamlEventKind.SequenceStart, start, token.End, Anchor: anchor, Tag: tag));
            return;
        }

        switch (token)
        {
            case Scalar scalar:
                _state = PopState();
                Skip();
                Emit(new YamlEvent(YamlEventKind.Scalar, start, scalar.End, scalar.Value, scalar.Style, anchor, tag));
                CheckAfterScalar(hasAnchor: anchor is not null);
                return;
            case FlowSequenceStart:
                _state = State.FlowSequenceFirstEntry;
                Emit(new YamlEvent(YamlEventKind.SequenceStart, start, token.End, Anchor: anchor, Tag: tag, IsFlow: true));
                return;
            case FlowMappingStart:
                _state = State.FlowMappingFirstKey;
                Emit(new YamlEvent(YamlEventKind.MappingStart, start, token.End, Anchor: anchor, Tag: tag, IsFlow: true));
                return;
            case BlockSequenceStart when isBlock:
                _state = State.BlockSequenceFirstEntry;
                Emit(new YamlEvent(YamlEventKind.SequenceStart, start, token.End, Anchor: anchor, Tag: tag));
                return;
            case BlockMappingStart when isBlock:
                _state = State.BlockMappingFirstKey;
                Emit(new YamlEvent(YamlEventKind.MappingStart, start, token.End, Anchor: anchor, Tag: tag));
                return;
            default:
                if (anchor is null && tag is null)
                {
                    throw Unsupported();
                }

                _state = PopState();
                Emit(new YamlEvent(YamlEventKind.Scalar, start, token.End, string.Empty, YamlDotNet.Core.ScalarStyle.Plain, anchor, tag));
                return;
        }
    }

    /// <summary>
    /// YamlDotNet's parser reads the token after some scalars early, to reject invalid text there;
    /// reading it at the same moment keeps the scanner in step.
    /// </summary>
    private void CheckAfterScalar(bool hasAnchor)
    {
        if (hasAnchor)
        {
            Peek();
        }

        if (_state != State.FlowMappingKey)
        {
            return;
        }

        if (hasAnchor)
        {
            // YamlDotNet's parser then reads one token further, past the one it peeked.
            if (_token is not FlowMappingEnd)
            {
                throw Unsupported();
            }

            return;
        }

        if (Peek() is { } next && next is not (FlowEntry or FlowMappingEnd))
        {
            throw Unsupported();
        }
    }

    private void BlockSequenceEntry(bool isFirst)
    {
        if (isFirst)
        {
            Peek();
            Skip();
        }

        var token = Peek();
        if (token is BlockEntry entry)
        {
            NodeAfter(entry, State.BlockSequenceEntry, indentlessSequence: false, static next => next is BlockEntry or BlockEnd);
        }
        else if (token is BlockEnd end)
        {
            _state = PopState();
            Emit(new YamlEvent(YamlEventKind.SequenceEnd, end.Start, end.End));
            Skip();
        }
        else
        {
            throw Unsupported();
        }
    }

    private void IndentlessSequenceEntry()
    {
        var token = Peek() ?? throw Unsupported();
        if (token is BlockEntry entry)
        {
            NodeAfter(entry, State.IndentlessSequenceEntry, indentlessSequence: false, static next => next is BlockEntry or Key or Value or BlockEnd);
            return;
        }

        _state = PopState();
        Emit(new YamlEvent(YamlEventKind.SequenceEnd, token.Start, token.End));
    }

    private void BlockMappingKey(bool isFirst)
    {
        if (isFirst)
        {
            Peek();
            Skip();
        }

        var token = Peek();
        if (token is Key key)
        {
            NodeAfter(key, State.BlockMappingValue, indentlessSequence: true, static next => next is Key or Value or BlockEnd);
        }
        else if (token is BlockEnd end)
        {
            _state = PopState();
            Emit(new YamlEvent(YamlEventKind.MappingEnd, end.Start, end.End));
            Skip();
        }
        else
        {
            throw Unsupported();
        }
    }

    private void BlockMappingValue()
    {
        var token = Peek() ?? throw Unsupported();
        if (token is Value value)
        {
            NodeAfter(value, State.BlockMappingKey, indentlessSequence: true, static next => next is Key or Value or BlockEnd);
            return;
        }

        _state = State.BlockMappingKey;
        EmptyScalar(token.Start);
    }

    /// <summary>
    /// After a block entry, key or value indicator: the node that follows it, then <paramref name="then"/>;
    /// or, when the next token leaves it empty, an empty scalar at the indicator's end.
    /// </summary>
    private void NodeAfter(Token indicator, State then, bool indentlessSequence, Func<Token?, bool> leavesItEmpty)
    {
        var mark = indicator.End;
        Skip();
        if (!leavesItEmpty(Peek()))
        {
            _states.Add(then);
            Node(isBlock: true, indentlessSequence);
            return;
        }

        _state = then;
        EmptyScalar(mark);
    }

    /// <summary>
    /// The token that starts a flow collection's next entry, past the <c>,</c> that must separate it
    /// from the one before (and past the opening bracket for the first); or the collection's end.
    /// </summary>
    private Token? NextFlowEntry(bool isFirst, Func<Token?, bool> isEnd)
    {
        if (isFirst)
        {
            Peek();
            Skip();
        }

        var token = Peek();
        if (isFirst || isEnd(token))
        {
            return token;
        }

        if (token is not FlowEntry)
        {
            throw Unsupported();
        }

        Skip();
        return Peek();
    }

    private void FlowSequenceEntry(bool isFirst)
    {
        var token = NextFlowEntry(isFirst, static token => token is FlowSequenceEnd);
        if (token is Key)
        {
            throw Unsupported();
        }

        if (token is not FlowSequenceEnd)
        {
            _states.Add(State.FlowSequenceEntry);
            Node(isBlock: false, indentlessSequence: false);
            return;
        }

        _state = PopState();
        Emit(new YamlEvent(YamlEventKind.SequenceEnd, token.Start, token.End));
        Skip();

        // YamlDotNet's parser reads the next token at once, to reject an error token after the `]`.
        Peek();
    }

    private void FlowMappingKey(bool isFirst)
    {
        var token = NextFlowEntry(isFirst, static token => token is FlowMappingEnd);
        if (token is Key)
        {
            Skip();
            var next = Peek() ?? throw Unsupported();
            if (next is not (Value or FlowEntry or FlowMappingEnd))
            {
                _states.Add(State.FlowMappingValue);
                Node(isBlock: false, indentlessSequence: false);
                return;
            }

            _state = State.FlowMappingValue;
            EmptyScalar(next.Start);
            return;
        }

        if (token is not FlowMappingEnd)
        {
            throw Unsupported();
        }

        _state = PopState();
        Skip();
        Emit(new YamlEvent(YamlEventKind.MappingEnd, token.Start, token.End));
    }

    private void FlowMappingValue()
    {
        var token = Peek() ?? throw Unsupported();
        if (token is Value)
        {
            Skip();
            token = Peek() ?? throw Unsupported();
            if (token is not (FlowEntry or FlowMappingEnd))
            {
                _states.Add(State.FlowMappingKey);
                Node(isBlock: false, indentlessSequence: false);
                return;
            }
        }

        if (token is Scalar)
        {
            throw Unsupported();
        }

        _state = State.FlowMappingKey;
        EmptyScalar(token.Start);
    }

    /// <summary>A tag as YamlDotNet's parser resolves it with no <c>%TAG</c> directive in force.</summary>
    private static string Resolve(Tag tag)
    {
        var name = tag.Handle switch
        {
            "" or null => tag.Suffix,
            "!" => "!" + tag.Suffix,
            "!!" => CoreSchemaPrefix + tag.Suffix,
            _ => throw Unsupported(),
        };

        try
        {
            return new TagName(name).Value;
        }
        catch (ArgumentException)
        {
            throw Unsupported();
        }
    }

    private void EmptyScalar(Mark at) =>
        Emit(new YamlEvent(YamlEventKind.Scalar, at, at, string.Empty, YamlDotNet.Core.ScalarStyle.Plain));

    private void Emit(in YamlEvent parsingEvent) => _current = parsingEvent;

    private State PopState()
    {
        var state = _states[_states.Count - 1];
        _states.RemoveLast();
        return state;
    }

    private Token? Peek()
    {
        if (_token is null && scanner.MoveNextWithoutConsuming())
        {
            _token = scanner.Current;
        }

        return _token is Error or Comment ? throw Unsupported() : _token;
    }

    private void Skip()
    {
        if (_token is not null)
        {
            _token = null;
            scanner.ConsumeCurrent();
        }
    }

    private static UnsupportedYamlException Unsupported() => new();
}

/// <summary>Thrown by <see cref="ScannerEventParser"/> for text it leaves to YamlDotNet's own parser.</summary>
internal sealed class UnsupportedYamlException : Exception;
