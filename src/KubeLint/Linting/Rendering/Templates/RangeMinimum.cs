namespace KubeLint.Linting.Rendering.Templates;

/// <summary>The smallest value, and where it is, of any range of an array, in constant time after building a sparse table.</summary>
internal sealed class RangeMinimum
{
    private readonly int[][] _best;
    private readonly double[] _values;

    public RangeMinimum(double[] values)
    {
        _values = values;
        var levels = 1;
        while ((1 << levels) <= values.Length)
        {
            levels++;
        }

        _best = new int[levels][];
        _best[0] = [.. Enumerable.Range(0, values.Length)];
        for (var level = 1; level < levels; level++)
        {
            var width = 1 << level;
            var previous = _best[level - 1];
            var current = new int[values.Length - width + 1];
            for (var i = 0; i < current.Length; i++)
            {
                var left = previous[i];
                var right = previous[i + (width / 2)];
                current[i] = values[right] < values[left] ? right : left;
            }

            _best[level] = current;
        }
    }

    /// <summary>Rebuilds the table for new values of the same length.</summary>
    public void Update()
    {
        for (var level = 1; level < _best.Length; level++)
        {
            var half = 1 << (level - 1);
            var previous = _best[level - 1];
            var current = _best[level];
            for (var i = 0; i < current.Length; i++)
            {
                var left = previous[i];
                var right = previous[i + half];
                current[i] = _values[right] < _values[left] ? right : left;
            }
        }
    }

    /// <summary>The index of the smallest value in [<paramref name="from"/>, <paramref name="to"/>] (inclusive), or -1 for an empty range.</summary>
    public int IndexOfMinimum(int from, int to)
    {
        if (from > to)
        {
            return -1;
        }

        var level = 31 - int.LeadingZeroCount(to - from + 1);
        var left = _best[level][from];
        var right = _best[level][to - (1 << level) + 1];
        return _values[right] < _values[left] ? right : left;
    }
}
