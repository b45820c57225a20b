using KubeLint.Linting.Rendering.Templates;

namespace KubeLint.Tests.Rendering;

public class RangeMinimumTests
{
    [Test]
    public void Finds_the_first_smallest_value_of_every_range_after_every_update()
    {
        var random = new Random(7);
        foreach (var length in new[] { 1, 2, 3, 5, 8, 13, 64, 100 })
        {
            var values = new double[length];
            var minimum = new RangeMinimum(values);
            for (var round = 0; round < 20; round++)
            {
                for (var i = 0; i < length; i++)
                {
                    // Few distinct values and infinities: ties decide which index is returned.
                    values[i] = random.Next(4) == 0 ? double.PositiveInfinity : random.Next(3);
                }

                minimum.Update();
                for (var from = 0; from < length; from++)
                {
                    for (var to = from - 1; to < length; to++)
                    {
                        var expected = from > to ? -1 : Enumerable.Range(from, to - from + 1).MinBy(i => values[i]);
                        Assert.That(minimum.IndexOfMinimum(from, to), Is.EqualTo(expected), $"[{from}, {to}] of {string.Join(' ', values)}");
                    }
                }
            }
        }
    }
}
