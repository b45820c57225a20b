using KubeLint.Linting.Rendering;

namespace KubeLint.Tests.Rendering;

/// <summary>Where an inline patch's text is in its kustomization, so that findings on what it writes point into it.</summary>
public class InlinePatchTests
{
    [Test]
    public void A_literal_block_patch_starts_below_its_key_at_its_indentation()
    {
        var file = KustomizationFile.Read("patches:\n  - target: {kind: Deployment}\n    patch: |-\n\n      - op: add\n        path: /spec\n");

        var patch = file.Patches.Single();
        Assert.Multiple(() =>
        {
            Assert.That(patch.Inline, Is.EqualTo(new InlinePatch("\n- op: add\n  path: /spec", 4, 6)));
            Assert.That(patch.TargetKind, Is.EqualTo("Deployment"));
        });
    }

    [Test]
    public void An_indentation_indicator_keeps_the_spaces_the_text_has_of_its_own()
    {
        var file = KustomizationFile.Read("patchesStrategicMerge:\n  - |2\n       kind: Pod\n     metadata: {name: a}\n");

        Assert.That(file.Patches.Single().Inline, Is.EqualTo(new InlinePatch("   kind: Pod\n metadata: {name: a}\n", 3, 4)), "the indicator counts from the sequence's indentation (2), so the text keeps 3 of the first line's 7 spaces");
    }

    [TestCase("patches:\n  - patch: \"kind: Pod\\nmetadata: {name: a}\"\n")]
    [TestCase("patches:\n  - patch: >\n      kind: Pod\n")]
    [TestCase("patches:\n  - patch: |\n\n")]
    [TestCase("patchesStrategicMerge:\n  - {kind: Pod}\n")]
    public void A_patch_whose_lines_are_not_the_files_has_no_place(string kustomization) =>
        Assert.That(KustomizationFile.Read(kustomization).Patches.Select(p => p.Inline), Has.None.Not.Null);
}
