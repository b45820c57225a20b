namespace KubeLint.Linting.Rendering.Templates;

/// <summary>
/// The smallest value of any range of an array, and where it is (the first place, on ties): a tree
/// of minima over the array, rebuilt in linear time when the values change and asked in logarithmic time.
/// </summary>
internal sealed class RangeMinimum
{
    private readonly double[] _values;
    private readonly int[] _best;
    private readonly int _count;

    public RangeMinimum(double[] values)
    {
        _values = values;
        _count = values.Length;
        _best = new int[2 * _count];
        for (var i = 0; i < _count; i++)
        {
            _best[_count + i] = i;
        }

        Update();
    }

    /// <summary>Rebuilds the tree for new values of the same length.</summary>
    public void Update()
    {
        for (var node = _count - 1; node >= 1; node--)
        {
            _best[node] = Better(_best[2 * node], _best[(2 * node) + 1]);
        }
    }

    /// <summary>The index of the smallest value in [<paramref name="from"/>, <paramref name="to"/>] (inclusive), or -1 for an empty range.</summary>
    public int IndexOfMinimum(int from, int to)
    {
        var best = -1;
        for (int left = from + _count, right = to + _count + 1; left < right; left /= 2, right /= 2)
        {
            if ((left & 1) == 1)
            {
                best = Better(best, _best[left++]);
            }

            if ((right & 1) == 1)
            {
                best = Better(best, _best[--right]);
            }
        }

        return best;
    }

    private int Better(int a, int b) =>
        a < 0 ? b
        : b < 0 ? a
        : _values[b] < _values[a] || (_values[b] == _values[a] && b < a) ? b : a;
}
