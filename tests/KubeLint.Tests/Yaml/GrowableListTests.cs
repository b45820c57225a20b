namespace KubeLint.Tests.Yaml;

public class GrowableListTests
{
    [Test]
    public void Items_added_past_its_capacity_keep_their_order_and_can_be_replaced_and_removed_from_the_end()
    {
        var list = new GrowableList<(int, string)>();
        for (var i = 0; i < 100; i++)
        {
            list.Add((i, i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        list[50] = (-1, "replaced");
        list.RemoveLast();

        Assert.Multiple(() =>
        {
            Assert.That(list.Count, Is.EqualTo(99));
            Assert.That(list[0], Is.EqualTo((0, "0")));
            Assert.That(list[50], Is.EqualTo((-1, "replaced")));
            Assert.That(list[98], Is.EqualTo((98, "98")));
            Assert.That(() => list[99], Throws.InstanceOf<ArgumentOutOfRangeException>(), "past the count, though inside the storage");
        });
    }

    [Test]
    public void A_cleared_list_is_empty_and_refuses_to_remove()
    {
        var list = new GrowableList<int>();
        list.Add(1);
        list.Clear();

        Assert.Multiple(() =>
        {
            Assert.That(list.Count, Is.Zero);
            Assert.That(() => list[0], Throws.InstanceOf<ArgumentOutOfRangeException>());
            Assert.That(list.RemoveLast, Throws.InvalidOperationException);
            Assert.That(() => list[0] = 2, Throws.InstanceOf<ArgumentOutOfRangeException>());
        });
    }
}
