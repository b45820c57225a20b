using System.Buffers;
using YamlDotNet.Core;
using YamlDotNet.Core.Tokens;

namespace KubeLint.Yaml;

/// <summary>
/// Reads YAML text into the tokens YamlDotNet's scanner produces, for the YAML manifests are made of,
/// straight from the string: YamlDotNet's scanner reads through a look-ahead buffer and builds every
/// scalar in StringBuilders rented from one pool shared by the whole process, which kept two threads
/// from parsing faster than one.
/// <para>
/// Tokens, their order, values, styles and positions, and the moments tokens are fetched, follow
/// YamlDotNet's scanner, so that <see cref="ScannerEventParser"/> gives the same events over either.
/// Whatever is not handled here exactly as YamlDotNet handles it throws
/// <see cref="UnsupportedYamlException"/> and the caller reads the text again with YamlDotNet:
/// directives, tags, complex keys, <c>...</c> markers, tabs between tokens, line breaks other than
/// LF and CR, and every error.
/// </para>
/// </summary>
internal sealed partial class ManifestScanner : IScanner
{
    private const int MaxSimpleKeyLength = 1024;

    // Characters whose handling here would differ from YamlDotNet's or that YamlDotNet reads as line
    // breaks or as the end of the text; a region in which one is read is left to YamlDotNet. They are
    // looked for a block at a time ahead of what is read: looking through the whole region up front
    // cost a file of many invalid documents a pass over the rest of the file for each of them.
    private const int CheckedBlock = 16 * 1024;
    private static readonly SearchValues<char> LeftToYamlDotNet = SearchValues.Create("\0\u0085\u2028\u2029\uFEFF");
    private static readonly SearchValues<char> PlainScalarCannotStart = SearchValues.Create("-?:,[]{}#&*!|>'\"%@`");
    private static readonly SearchValues<char> FlowIndicators = SearchValues.Create(",[]{}");

    private readonly string _text;
    private readonly int _origin;
    private readonly int _end;
    private readonly List<Token> _queue = [];
    private readonly GrowableList<int> _indents = new();
    private SimpleKey[] _simpleKeys = new SimpleKey[8];
    private int _simpleKeyCount;
    private int _queueHead;

    private int _position;
    private int _checkedEnd;
    private int _line = 1;
    private int _lineOffset;

    private bool _streamStartProduced;
    private bool _streamEndProduced;
    private bool _plainScalarFollowedByComment;
    private bool _flowCollectionFetched;
    private bool _startFlowCollectionFetched;
    private bool _flowScalarFetched;
    private bool _simpleKeyAllowed;
    private int _indent = -1;
    private int _flowLevel;
    private int _tokensParsed;
    private bool _tokenAvailable;

    public ManifestScanner(string text, int start, int length)
    {
        _text = text;
        _origin = start;
        _position = start;
        _checkedEnd = start;
        _end = start + length;
    }

    public Token? Current { get; private set; }

    public Mark CurrentPosition => Mark();

    public bool MoveNext()
    {
        if (Current is not null)
        {
            ConsumeCurrent();
        }

        return MoveNextWithoutConsuming();
    }

    public bool MoveNextWithoutConsuming()
    {
        if (!_tokenAvailable && !_streamEndProduced)
        {
            FetchMoreTokens();
        }

        if (_queueHead < _queue.Count)
        {
            Current = _queue[_queueHead++];
            if (_queueHead == _queue.Count)
            {
                _queue.Clear();
                _queueHead = 0;
            }
            else if (_queueHead > 1024)
            {
                // A queue that never empties (a simple key kept possible at its head) must not keep what was read.
                _queue.RemoveRange(0, _queueHead);
                _queueHead = 0;
            }

            _tokenAvailable = false;
            return true;
        }

        Current = null;
        return false;
    }

    public void ConsumeCurrent()
    {
        _tokensParsed++;
        _tokenAvailable = false;
        Current = null;
    }

    private int QueuedCount => _queue.Count - _queueHead;

    private void Enqueue(Token token) => _queue.Add(token);

    private void InsertQueued(int index, Token token) => _queue.Insert(_queueHead + index, token);

    private void FetchMoreTokens()
    {
        while (QueuedCount == 0 || SimpleKeyMayBeAtHead())
        {
            FetchNextToken();
        }

        _tokenAvailable = true;
    }

    private bool SimpleKeyMayBeAtHead()
    {
        for (var i = 0; i < _simpleKeyCount; i++)
        {
            if (_simpleKeys[i].IsPossible && _simpleKeys[i].TokenNumber == _tokensParsed)
            {
                return true;
            }
        }

        return false;
    }

    private void FetchNextToken()
    {
        if (!_streamStartProduced)
        {
            PushSimpleKey(default);
            _simpleKeyAllowed = true;
            _streamStartProduced = true;
            var mark = Mark();
            Enqueue(new StreamStart(mark, mark));
            return;
        }

        SkipToNextToken();
        StaleSimpleKeys();
        UnrollIndent(_lineOffset);
        if (AtEnd)
        {
            FetchStreamEnd();
            return;
        }

        var c = Peek();
        if (_lineOffset == 0 && (c == '%' || IsDocumentIndicator()))
        {
            FetchDocumentIndicator(c);
            return;
        }

        switch (c)
        {
            case '[' or '{':
                FetchFlowCollectionStart(c == '[');
                return;
            case ']' or '}':
                FetchFlowCollectionEnd(c == ']');
                return;
            case ',':
                FetchFlowEntry();
                return;
            case '-' when IsWhiteBreakOrEnd(1):
                FetchBlockEntry();
                return;
            case '-' when _flowLevel > 0 && FlowIndicators.Contains(Peek(1)):
            case '?' when IsWhiteBreakOrEnd(1):
                throw Unsupported();
            case ':' when IsValueIndicator():
                FetchValue();
                return;
            case '*' or '&':
                FetchAnchor(isAlias: c == '*');
                return;
            case '!':
                throw Unsupported();
            case '|' or '>' when _flowLevel == 0:
                FetchBlockScalar(isLiteral: c == '|');
                return;
            case '\'' or '"':
                FetchQuotedScalar(isSingleQuoted: c == '\'');
                return;
        }

        var isPlain = !(IsWhiteBreakOrEnd(0) || PlainScalarCannotStart.Contains(c))
            || (c == '-' && !IsWhite(1))
            || (c is '?' or ':' && !IsWhiteBreakOrEnd(1))
            || (_simpleKeyAllowed && _flowLevel > 0);
        if (!isPlain || _plainScalarFollowedByComment
            || ((_flowScalarFetched || (_flowCollectionFetched && !_startFlowCollectionFetched)) && c == ':'))
        {
            throw Unsupported();
        }

        _flowScalarFetched = false;
        _flowCollectionFetched = false;
        _startFlowCollectionFetched = false;
        FetchPlainScalar();
    }

    /// <summary>Whether a <c>:</c> here is a value indicator, as YamlDotNet's scanner decides it (its flags included).</summary>
    private bool IsValueIndicator() =>
        (_flowLevel > 0 || IsWhiteBreakOrEnd(1))
        && !(_simpleKeyAllowed && _flowLevel > 0)
        && !(_flowScalarFetched && Peek(1) == ':')
        && (IsWhiteBreakOrEnd(1) || Peek(1) == ',' || _flowScalarFetched || _flowCollectionFetched || _startFlowCollectionFetched);

    private void SkipToNextToken()
    {
        while (true)
        {
            while (Peek() == ' ')
            {
                Skip();
            }

            if (Peek() == '\t')
            {
                throw Unsupported();
            }

            if (Peek() == '#')
            {
                while (!IsBreakOrEnd(0))
                {
                    Skip();
                }
            }

            if (!IsBreak(0))
            {
                return;
            }

            SkipLine();
            if (_flowLevel == 0)
            {
                _simpleKeyAllowed = true;
            }
        }
    }

    private void StaleSimpleKeys()
    {
        for (var i = 0; i < _simpleKeyCount; i++)
        {
            ref var key = ref _simpleKeys[i];
            if (key.IsPossible && (key.Line < _line || key.Position - _origin + MaxSimpleKeyLength < _position - _origin))
            {
                if (key.IsRequired)
                {
                    throw Unsupported();
                }

                key.IsPossible = false;
            }
        }
    }

    private void UnrollIndent(int column)
    {
        if (_flowLevel != 0)
        {
            return;
        }

        while (_indent > column)
        {
            var mark = Mark();
            Enqueue(new BlockEnd(mark, mark));
            _indent = _indents[_indents.Count - 1];
            _indents.RemoveLast();
        }
    }

    private void RollIndent(int column, int tokenNumber, bool isSequence, Mark position)
    {
        if (_flowLevel > 0 || _indent >= column)
        {
            return;
        }

        _indents.Add(_indent);
        _indent = column;
        Token token = isSequence ? new BlockSequenceStart(position, position) : new BlockMappingStart(position, position);
        if (tokenNumber == -1)
        {
            Enqueue(token);
        }
        else
        {
            InsertQueued(tokenNumber - _tokensParsed, token);
        }
    }

    private void FetchStreamEnd()
    {
        if (_lineOffset != 0)
        {
            _line++;
            _lineOffset = 0;
        }

        UnrollIndent(-1);
        RemoveSimpleKey();
        _simpleKeyAllowed = false;
        _streamEndProduced = true;
        var mark = Mark();
        Enqueue(new StreamEnd(mark, mark));

        // YamlDotNet's scanner goes on past the end and steps over it once.
        _position++;
        _lineOffset++;
    }

    private void FetchDocumentIndicator(char first)
    {
        if (first != '-')
        {
            // Directives, and `...`: YamlDotNet gives a `...` marker odd positions and errors.
            throw Unsupported();
        }

        _plainScalarFollowedByComment = false;
        UnrollIndent(-1);
        RemoveSimpleKey();
        _simpleKeyAllowed = false;
        var start = Mark();
        Skip(3);
        Enqueue(new YamlDotNet.Core.Tokens.DocumentStart(start, Mark()));
    }

    private void FetchFlowCollectionStart(bool isSequence)
    {
        SaveSimpleKey();
        PushSimpleKey(default);
        _flowLevel++;
        _simpleKeyAllowed = true;
        var start = Mark();
        Skip();
        Enqueue(isSequence ? new FlowSequenceStart(start, start) : new FlowMappingStart(start, start));
        _startFlowCollectionFetched = true;
    }

    private void FetchFlowCollectionEnd(bool isSequence)
    {
        RemoveSimpleKey();
        if (_flowLevel == 0 || (isSequence && Peek(1) == '#'))
        {
            throw Unsupported();
        }

        _flowLevel--;
        _simpleKeyCount--;
        _simpleKeyAllowed = false;
        var start = Mark();
        Skip();
        Enqueue(isSequence ? new FlowSequenceEnd(start, start) : new FlowMappingEnd(start, start));
        _flowCollectionFetched = true;
    }

    private void FetchFlowEntry()
    {
        RemoveSimpleKey();
        _simpleKeyAllowed = true;
        var start = Mark();
        Skip();
        if (Peek() == '#')
        {
            throw Unsupported();
        }

        Enqueue(new FlowEntry(start, Mark()));
    }

    private void FetchBlockEntry()
    {
        if (_flowLevel == 0)
        {
            if (!_simpleKeyAllowed)
            {
                throw Unsupported();
            }

            RollIndent(_lineOffset, -1, isSequence: true, Mark());
        }

        RemoveSimpleKey();
        _simpleKeyAllowed = true;
        var start = Mark();
        Skip();
        Enqueue(new BlockEntry(start, Mark()));
    }

    private void FetchValue()
    {
        ref var key = ref _simpleKeys[_simpleKeyCount - 1];
        if (!key.IsPossible)
        {
            throw Unsupported();
        }

        var keyMark = key.Mark;
        InsertQueued(key.TokenNumber - _tokensParsed, new Key(keyMark, keyMark));
        RollIndent(key.LineOffset, key.TokenNumber, isSequence: false, keyMark);
        key.IsPossible = false;
        _simpleKeyAllowed = false;
        var start = Mark();
        Skip();
        Enqueue(new Value(start, Mark()));
    }

    private void FetchAnchor(bool isAlias)
    {
        SaveSimpleKey();
        _simpleKeyAllowed = false;
        var start = Mark();
        Skip();
        var isAliasKey = isAlias && _simpleKeys[_simpleKeyCount - 1] is { IsRequired: true, IsPossible: true };
        var nameStart = _position;
        while (!IsWhiteBreakOrEnd(0)
            && !FlowIndicators.Contains(Peek())
            && !(isAliasKey && Peek() == ':' && IsWhiteBreakOrEnd(1)))
        {
            Skip();
        }

        if (_position == nameStart || !(IsWhiteBreakOrEnd(0) || "?:,]}%@`".Contains(Peek(), StringComparison.Ordinal)))
        {
            throw Unsupported();
        }

        var name = new AnchorName(_text[nameStart.._position]);
        if (isAlias)
        {
            Enqueue(new AnchorAlias(name, start, Mark()));
        }
        else
        {
            Enqueue(new Anchor(name, start, Mark()));
        }
    }

    private void FetchBlockScalar(bool isLiteral)
    {
        SaveSimpleKey();
        _simpleKeyAllowed = true;
        Enqueue(new BlockScalarReader(this, isLiteral).Read());
    }

    private void SaveSimpleKey()
    {
        if (!_simpleKeyAllowed)
        {
            return;
        }

        var key = new SimpleKey
        {
            IsPossible = true,
            IsRequired = _flowLevel == 0 && _indent == _lineOffset,
            TokenNumber = _tokensParsed + QueuedCount,
            Position = _position,
            Line = _line,
            LineOffset = _lineOffset,
            Mark = Mark(),
        };
        RemoveSimpleKey();
        _simpleKeys[_simpleKeyCount - 1] = key;
    }

    private void RemoveSimpleKey()
    {
        ref var key = ref _simpleKeys[_simpleKeyCount - 1];
        if (key.IsPossible && key.IsRequired)
        {
            throw Unsupported();
        }

        key.IsPossible = false;
    }

    private void PushSimpleKey(SimpleKey key)
    {
        if (_simpleKeyCount == _simpleKeys.Length)
        {
            Array.Resize(ref _simpleKeys, _simpleKeys.Length * 2);
        }

        _simpleKeys[_simpleKeyCount++] = key;
    }

    private bool AtEnd => _position >= _end;

    private char Peek(int offset = 0)
    {
        var at = _position + offset;
        return at < _checkedEnd ? _text[at] : PeekBeyondChecked(at);
    }

    private char PeekBeyondChecked(int at)
    {
        if (at >= _end)
        {
            return '\0';
        }

        var blockEnd = Math.Min(_end, at + CheckedBlock);
        if (_text.AsSpan(_checkedEnd, blockEnd - _checkedEnd).ContainsAny(LeftToYamlDotNet))
        {
            throw Unsupported();
        }

        _checkedEnd = blockEnd;
        return _text[at];
    }

    private bool IsWhite(int offset) => Peek(offset) is ' ' or '\t';

    private bool IsBreak(int offset) => Peek(offset) is '\n' or '\r';

    private bool IsBreakOrEnd(int offset) => Peek(offset) is '\n' or '\r' or '\0';

    private bool IsWhiteBreakOrEnd(int offset) => Peek(offset) is ' ' or '\t' or '\n' or '\r' or '\0';

    private bool IsDocumentIndicator() =>
        !AtEnd && _lineOffset == 0
        && ((Peek() == '-' && Peek(1) == '-' && Peek(2) == '-') || (Peek() == '.' && Peek(1) == '.' && Peek(2) == '.'))
        && IsWhiteBreakOrEnd(3);

    private void Skip(int count = 1)
    {
        _position += count;
        _lineOffset += count;
    }

    /// <summary>Steps over a line break: LF, CR or CR LF, each one break, as YamlDotNet reads them.</summary>
    private void SkipLine()
    {
        _position += Peek() == '\r' && Peek(1) == '\n' ? 2 : 1;
        _line++;
        _lineOffset = 0;
    }

    private Mark Mark() => new(_position - _origin, _line, _lineOffset + 1);

    private static UnsupportedYamlException Unsupported() => new();

    private struct SimpleKey
    {
        public bool IsPossible;
        public bool IsRequired;
        public int TokenNumber;
        public int Position;
        public int Line;
        public int LineOffset;
        public Mark Mark;
    }
}
