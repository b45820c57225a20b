namespace KubeLint.Tests.Rendering.Locations;

/// <summary>The oracle's own judge: a changed line does not survive, an unchanged one does, however long the renders.</summary>
public class RenderedLineDiffTests
{
    [Test]
    public void A_changed_line_does_not_survive_and_the_others_do()
    {
        string[] before = ["kind: Role", "rules:", "- apiGroups:", "  - \"\"", "- apiGroups:", "  - apps"];
        string[] after = ["kind: Role", "rules:", "- apiGroups-kl:", "  - \"\"", "- apiGroups:", "  - apps"];

        Assert.Multiple(() =>
        {
            Assert.That(RenderedLineDiff.Survives(before, after, 2), Is.False);
            Assert.That(RenderedLineDiff.Survives(before, after, 4), Is.True);
        });
    }

    [Test]
    public void In_long_renders_a_changed_line_is_not_taken_for_a_like_line_of_another_document()
    {
        // A large document elsewhere holds every line of the changed one: only the changed document's
        // place between its unchanged neighbours may stand for it.
        var filler = Enumerable.Range(0, 3000).Select(i => $"  - item-{i}").ToArray();
        string[] role = ["---", "kind: ClusterRole", "rules:", "- apiGroups:", "  - \"\"", "  verbs:", "  - get"];
        string[] superset = ["---", "kind: ClusterRole", "rules:", "- apiGroups:", "- apiGroups:", "  - \"\"", "  verbs:", "  - get", "  - list"];
        string[] before = [.. superset, "---", "kind: List", "items:", .. filler, .. role, "---", "kind: List", "items:", .. filler];
        var after = (string[])before.Clone();
        var changed = superset.Length + 3 + filler.Length + 3;
        after[changed] = "- apiGroups-kl:";

        Assert.That(RenderedLineDiff.Survives(before, after, changed), Is.False);
    }
}
