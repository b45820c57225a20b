namespace KubeLint;

/// <summary>
/// A glob compiled to a small automaton and matched by following all of its states at once: time
/// linear in the text for any pattern (a <c>.gitignore</c> or configuration written to be slow
/// cannot be), and none of the start-up a regular expression engine costs a short run. The syntax:
/// <c>**/</c> matches any number of leading folders (none too), other <c>**</c> anything; <c>*</c> and
/// <c>?</c> any run of characters or one character, within a segment or anywhere; in git's syntax,
/// <c>[set]</c> and <c>[!set]</c> (with <c>a-z</c> ranges) and backslash escapes.
/// </summary>
internal sealed class GlobMatcher
{
    /// <summary>Globs of up to this many steps are matched without allocating.</summary>
    private const int StackLimit = 256;

    private readonly Step[] _steps;

    private GlobMatcher(Step[] steps) => _steps = steps;

    /// <param name="glob">The glob.</param>
    /// <param name="withinSegment">Whether <c>*</c> and <c>?</c> stop at '/'.</param>
    /// <param name="gitSyntax">Whether bracket sets and backslash escapes have git's meaning (else they are literal).</param>
    /// <param name="anyFolderFirst">Whether the glob may also match after any number of leading folders (a <c>.gitignore</c> line without a slash).</param>
    /// <returns>The matcher; null for a glob that can match nothing (a range such as <c>[z-a]</c>).</returns>
    public static GlobMatcher? Compile(string glob, bool withinSegment, bool gitSyntax, bool anyFolderFirst = false)
    {
        var steps = new List<Step>();
        if (anyFolderFirst)
        {
            AddFolders(steps);
        }

        for (var i = 0; i < glob.Length; i++)
        {
            var c = glob[i];
            if (c == '*' && i + 1 < glob.Length && glob[i + 1] == '*')
            {
                var slashAfter = i + 2 < glob.Length && glob[i + 2] == '/';
                if (slashAfter)
                {
                    AddFolders(steps);
                }
                else
                {
                    AddRepeated(steps, CharTest.NotNewline);
                }

                i += slashAfter ? 2 : 1;
            }
            else if (c == '*')
            {
                AddRepeated(steps, withinSegment ? CharTest.NotSlash : CharTest.NotNewline);
            }
            else if (c == '?')
            {
                steps.Add(Step.Consume(withinSegment ? CharTest.NotSlash : CharTest.NotNewline));
            }
            else if (gitSyntax && c == '[' && SetEnd(glob, i) is var close && close > i + 1)
            {
                if (CharTest.Set(glob[(i + 1)..close]) is not { } set)
                {
                    return null;
                }

                steps.Add(Step.Consume(set));
                i = close;
            }
            else if (gitSyntax && c == '\\' && i + 1 < glob.Length)
            {
                steps.Add(Step.Consume(CharTest.Exactly(glob[++i])));
            }
            else
            {
                steps.Add(Step.Consume(CharTest.Exactly(c)));
            }
        }

        steps.Add(Step.Accept);
        return new GlobMatcher([.. steps]);
    }

    public bool IsMatch(string text)
    {
        // A step is marked at most once in one Reach and pushes at most two more: the work list never holds more than twice the steps, and one.
        var count = _steps.Length;
        Span<bool> current = count <= StackLimit ? stackalloc bool[count] : new bool[count];
        Span<bool> next = count <= StackLimit ? stackalloc bool[count] : new bool[count];
        Span<int> pending = count <= StackLimit ? stackalloc int[(2 * count) + 1] : new int[(2 * count) + 1];
        Reach(current, 0, pending);
        foreach (var c in text)
        {
            next.Clear();
            var any = false;
            for (var s = 0; s < count; s++)
            {
                if (current[s] && _steps[s].Kind == StepKind.Consume && _steps[s].Test.Allows(c))
                {
                    Reach(next, s + 1, pending);
                    any = true;
                }
            }

            if (!any)
            {
                return false;
            }

            var reached = next;
            next = current;
            current = reached;
        }

        return current[^1];
    }

    /// <summary>Marks <paramref name="step"/> and every step reached from it without consuming a character.</summary>
    private void Reach(Span<bool> states, int step, Span<int> pending)
    {
        var top = 0;
        pending[top++] = step;
        while (top > 0)
        {
            var at = pending[--top];
            if (states[at])
            {
                continue;
            }

            states[at] = true;
            var s = _steps[at];
            if (s.Kind is StepKind.Branch or StepKind.Jump)
            {
                pending[top++] = s.First;
            }

            if (s.Kind == StepKind.Branch)
            {
                pending[top++] = s.Second;
            }
        }
    }

    /// <summary>
    /// Where the bracket set opened at <paramref name="open"/> closes: at the first ']' after it, but a
    /// ']' right after <c>[!</c> belongs to the set, as in git; -1 when nothing closes it ('[' is then literal).
    /// </summary>
    private static int SetEnd(string glob, int open) =>
        glob.AsSpan(open).StartsWith("[!]") ? glob.IndexOf(']', open + 3) : glob.IndexOf(']', open + 1);

    /// <summary>Any run of characters <paramref name="test"/> allows, none included.</summary>
    private static void AddRepeated(List<Step> steps, CharTest test)
    {
        var loop = steps.Count;
        steps.Add(Step.Branch(loop + 1, loop + 3));
        steps.Add(Step.Consume(test));
        steps.Add(Step.Jump(loop));
    }

    /// <summary>Nothing, or any run of characters (no line break) that ends with '/'.</summary>
    private static void AddFolders(List<Step> steps)
    {
        var start = steps.Count;
        steps.Add(Step.Branch(start + 1, start + 5));
        steps.Add(Step.Branch(start + 2, start + 4));
        steps.Add(Step.Consume(CharTest.NotNewline));
        steps.Add(Step.Jump(start + 1));
        steps.Add(Step.Consume(CharTest.Exactly('/')));
    }

    private enum StepKind
    {
        Consume,
        Branch,
        Jump,
        Accept,
    }

    private readonly record struct Step(StepKind Kind, CharTest Test, int First, int Second)
    {
        public static Step Accept => new(StepKind.Accept, default, 0, 0);

        public static Step Consume(CharTest test) => new(StepKind.Consume, test, 0, 0);

        public static Step Branch(int first, int second) => new(StepKind.Branch, default, first, second);

        public static Step Jump(int to) => new(StepKind.Jump, default, to, 0);
    }

    /// <summary>Which characters one step of the glob consumes.</summary>
    private readonly record struct CharTest(char Exact, bool AllButSlash, bool AllButNewline, string? Ranges, bool Negated)
    {
        public static CharTest NotSlash => new('\0', AllButSlash: true, AllButNewline: false, null, false);

        public static CharTest NotNewline => new('\0', AllButSlash: false, AllButNewline: true, null, false);

        public static CharTest Exactly(char c) => new(c, false, false, null, false);

        /// <summary>
        /// A bracket set's characters, <c>!</c> first negating it; <c>a-z</c> is a range unless the
        /// dash comes first or last. Null for a reversed range, which matches nothing.
        /// </summary>
        public static CharTest? Set(string set)
        {
            var negated = set.StartsWith('!');
            var body = negated ? set[1..] : set;
            var ranges = new System.Text.StringBuilder();
            for (var i = 0; i < body.Length; i++)
            {
                var (low, high) = i + 2 < body.Length && body[i + 1] == '-' ? (body[i], body[i += 2]) : (body[i], body[i]);
                if (low > high)
                {
                    return null;
                }

                ranges.Append(low).Append(high);
            }

            return new CharTest('\0', false, false, ranges.ToString(), negated);
        }

        public bool Allows(char c)
        {
            if (AllButSlash)
            {
                return c != '/';
            }

            if (AllButNewline)
            {
                return c != '\n';
            }

            if (Ranges is null)
            {
                return c == Exact;
            }

            var inside = false;
            for (var i = 0; i < Ranges.Length && !inside; i += 2)
            {
                inside = c >= Ranges[i] && c <= Ranges[i + 1];
            }

            return inside != Negated;
        }
    }
}
