namespace KubeLint.Linting.Rendering.Templates;

/// <summary>Which pattern line wrote a rendered line, and whether as its first line or as the output of its action going on.</summary>
/// <param name="Pattern">Index of the pattern line, or -1 when none could have written it.</param>
/// <param name="Continues">Written by the action of the pattern line after its first line.</param>
internal readonly record struct AlignedLine(int Pattern, bool Continues);

/// <summary>
/// Aligns rendered lines with the pattern lines of the template that wrote them, as the cheapest path
/// through the template: each rendered line is written by a pattern line it matches, or by the action
/// of the line before it going on; the path moves forward (skipping lines of branches not taken costs a
/// little) and goes back only for a loop (which costs more). Literal text thus decides which branch,
/// which document of the file and which loop pass wrote each line.
/// </summary>
internal static class TemplateAligner
{
    private const double SkipCost = 0.01;
    private const double LoopCost = 0.4;
    private const double IndentedOutputCost = 0.05;
    private const double OutputCost = 0.5;
    private const double BlankCost = 0.05;
    private const double UnexplainedCost = 3;
    private const double LiteralOutputCost = 0.3;

    /// <summary>The most states (rendered lines × pattern lines) aligned; larger inputs are not aligned.</summary>
    public const long MaxStates = 2_000_000;

    /// <summary>The most rendered characters × pattern lines compared (a match scans a line); larger inputs are not aligned.</summary>
    public const long MaxComparedCharacters = 400_000_000;

    /// <param name="rendered">The rendered lines.</param>
    /// <param name="patterns">The pattern lines that wrote them.</param>
    /// <param name="indent">Spaces an including action adds before each line (for a named template's body).</param>
    /// <param name="anyIndent">Accept other indentation too, at a cost (for a named template's body).</param>
    public static AlignedLine[]? Align(IReadOnlyList<string> rendered, IReadOnlyList<PatternLine> patterns, int indent = 0, bool anyIndent = false)
    {
        var n = rendered.Count;
        var k = patterns.Count;
        if (n == 0 || k == 0 || (long)n * k > MaxStates || rendered.Sum(l => (long)l.Length) * k > MaxComparedCharacters)
        {
            return null;
        }

        // literalBefore[i]: pattern lines up to and including i that a path must skip at a cost.
        var literalBefore = new int[k];
        for (var i = 0; i < k; i++)
        {
            literalBefore[i] = (i > 0 ? literalBefore[i - 1] : 0) + (patterns[i].IsBlank ? 0 : 1);
        }

        var literalLines = UniqueLiteralLines(patterns, indent, anyIndent);
        var forbidden = Forbidden(patterns);
        var hasForbidden = forbidden.Any(f => f is not null);
        var firstCost = new double[k];
        var goesOnCost = new double[k];
        var from = new int[n, 2 * k];
        var first = new double[k];
        var goesOn = new double[k];
        for (var i = 0; i < k; i++)
        {
            // Helm trims the whitespace that starts a document, so its first line may have lost its indentation.
            first[i] = patterns[i].Match(rendered[0], indent, anyIndent: true, null) ?? double.PositiveInfinity;
            goesOn[i] = double.PositiveInfinity;
            from[0, 2 * i] = -1;
            from[0, (2 * i) + 1] = -1;
        }

        var at = new double[k];
        var leaving = new double[k];
        var atState = new int[k];
        var atMinimum = hasForbidden ? new RangeMinimum(at) : null;
        var leavingMinimum = hasForbidden ? new RangeMinimum(leaving) : null;
        var suffix = new (double Cost, int State)[k + 1];
        for (var j = 1; j < n; j++)
        {
            var literalOutput = literalLines.Contains(anyIndent ? rendered[j].Trim() : rendered[j]) ? LiteralOutputCost : 0;
            var lineIndent = rendered[j].Length - rendered[j].AsSpan().TrimStart().Length;
            var blank = lineIndent == rendered[j].Length;
            for (var i = 0; i < k; i++)
            {
                (at[i], atState[i]) = first[i] <= goesOn[i] ? (first[i], 2 * i) : (goesOn[i], (2 * i) + 1);
                leaving[i] = at[i] - (SkipCost * literalBefore[i]);
                firstCost[i] = patterns[i].Match(rendered[j], lineIndent, indent, anyIndent, null) ?? double.PositiveInfinity;
                goesOnCost[i] = GoesOnCost(patterns[i], blank, lineIndent, indent) + literalOutput;
            }

            atMinimum?.Update();
            leavingMinimum?.Update();

            // Going back (a loop) to i' from any i >= i': the cheapest suffix.
            suffix[k] = (double.PositiveInfinity, -1);
            for (var i = k - 1; i >= 0; i--)
            {
                suffix[i] = at[i] <= suffix[i + 1].Cost ? (at[i], atState[i]) : suffix[i + 1];
            }

            // Going forward to i' from i < i': skipping the lines between costs a little each.
            var prefix = (Cost: double.PositiveInfinity, State: -1);
            for (var i = 0; i < k; i++)
            {
                var skipped = SkipCost * (i > 0 ? literalBefore[i - 1] : 0);
                var (forward, forwardState) = forbidden[i] is { } ranges
                    ? AllowedMinimum(ranges, i, leaving, atState, leavingMinimum!)
                    : prefix;
                forward += skipped;
                var (back, backState) = (suffix[i].Cost + LoopCost, suffix[i].State);
                if (forbidden[i] is { } loops)
                {
                    // Another branch of the same block in one pass only through a loop around the block.
                    foreach (var (lo, hi) in loops)
                    {
                        var best = atMinimum!.IndexOfMinimum(lo, hi);
                        if (best >= 0 && at[best] + LoopCost < back)
                        {
                            (back, backState) = (at[best] + LoopCost, atState[best]);
                        }
                    }
                }

                var (cost, state) = forward <= back ? (forward, forwardState) : (back, backState);
                from[j, 2 * i] = state;
                from[j, (2 * i) + 1] = atState[i];
                first[i] = cost + firstCost[i];
                goesOn[i] = at[i] + goesOnCost[i];

                if (leaving[i] < prefix.Cost)
                {
                    prefix = (leaving[i], atState[i]);
                }
            }
        }

        var end = -1;
        var endCost = double.PositiveInfinity;
        for (var i = 0; i < k; i++)
        {
            if (first[i] < endCost)
            {
                (endCost, end) = (first[i], 2 * i);
            }

            if (goesOn[i] < endCost)
            {
                (endCost, end) = (goesOn[i], (2 * i) + 1);
            }
        }

        var aligned = new AlignedLine[n];
        for (var j = n - 1; j >= 0; j--)
        {
            var continues = end % 2 == 1;
            aligned[j] = end < 0 || (continues && patterns[end / 2].LastWriter is null) ? new AlignedLine(-1, false) : new AlignedLine(end / 2, continues);
            end = end < 0 ? -1 : from[j, end];
        }

        return aligned;
    }

    /// <summary>
    /// The literal lines that occur once in the template, as a rendered line shows them: such a line in
    /// the output was most likely written by that line, not by an action whose output goes on.
    /// </summary>
    private static HashSet<string> UniqueLiteralLines(IReadOnlyList<PatternLine> patterns, int indent, bool anyIndent)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var pattern in patterns)
        {
            if (pattern.IsLiteral && pattern.Specificity >= 2)
            {
                var text = anyIndent ? pattern.Text.Trim() : new string(' ', indent) + pattern.Text;
                counts[text] = counts.GetValueOrDefault(text) + 1;
            }
        }

        return counts.Where(c => c.Value == 1).Select(c => c.Key).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>
    /// For each pattern line in a later branch of a control block (after an <c>else</c>), the lines of
    /// the block's earlier branches: one pass through the template cannot go from one branch to another.
    /// Null for a line with none.
    /// </summary>
    private static List<LineSpan>?[] Forbidden(IReadOnlyList<PatternLine> patterns)
    {
        var spans = new Dictionary<BranchOf, LineSpan>();
        for (var i = 0; i < patterns.Count; i++)
        {
            foreach (var branch in patterns[i].Context)
            {
                spans[branch] = spans.TryGetValue(branch, out var span) ? span with { To = i } : new LineSpan(i, i);
            }
        }

        var forbidden = new List<LineSpan>?[patterns.Count];
        for (var i = 0; i < patterns.Count; i++)
        {
            foreach (var branch in patterns[i].Context)
            {
                var (from, to) = (int.MaxValue, int.MinValue);
                for (var earlier = 0; earlier < branch.Branch; earlier++)
                {
                    if (spans.TryGetValue(new BranchOf(branch.Block, earlier), out var span))
                    {
                        (from, to) = (Math.Min(from, span.From), Math.Max(to, span.To));
                    }
                }

                if (from <= to)
                {
                    (forbidden[i] ??= []).Add(new LineSpan(from, Math.Min(to, i - 1)));
                }
            }

            forbidden[i]?.Sort(LineSpan.Order);
        }

        return forbidden;
    }

    /// <summary>The cheapest state to leave from for line <paramref name="target"/>, among the lines before it outside <paramref name="excluded"/>.</summary>
    private static (double Cost, int State) AllowedMinimum(List<LineSpan> excluded, int target, double[] leaving, int[] atState, RangeMinimum minimum)
    {
        var best = (Cost: double.PositiveInfinity, State: -1);
        var from = 0;
        foreach (var (lo, hi) in excluded)
        {
            Consider(Math.Min(lo, target) - 1);
            from = Math.Max(from, hi + 1);
        }

        Consider(target - 1);
        return best;

        void Consider(int to)
        {
            var index = minimum.IndexOfMinimum(from, to);
            if (index >= 0 && leaving[index] < best.Cost)
            {
                best = (leaving[index], atState[index]);
            }
        }
    }

    /// <summary>
    /// The cost of explaining a rendered line as more output of the action that ends the pattern line.
    /// The output of <c>indent N</c>/<c>nindent N</c> is indented by at least N, which a line of the
    /// template after it usually is not; other output is seldom more than one line. Blank lines are
    /// written by empty values and control lines everywhere.
    /// </summary>
    private static double GoesOnCost(PatternLine pattern, bool blank, int lineIndent, int indent)
    {
        if (blank)
        {
            return BlankCost;
        }

        if (pattern.LastWriter?.Action is not { } writer)
        {
            return UnexplainedCost;
        }

        return writer.Indent == 0 ? OutputCost
            : lineIndent >= indent + writer.Indent ? IndentedOutputCost
            : UnexplainedCost;
    }

    /// <summary>Pattern lines <see cref="From"/> to <see cref="To"/>, inclusive (a class: lists of it share code compiled ahead of time).</summary>
    private sealed record LineSpan(int From, int To)
    {
        public static int Order(LineSpan a, LineSpan b) => a.From != b.From ? a.From.CompareTo(b.From) : a.To.CompareTo(b.To);
    }
}
