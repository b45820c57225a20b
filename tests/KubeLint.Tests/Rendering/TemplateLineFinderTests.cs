using System.Diagnostics;
using KubeLint.Linting.Rendering;

namespace KubeLint.Tests.Rendering;

public class TemplateLineFinderTests
{
    [Test]
    public void Finds_the_line_that_writes_a_path_through_list_items()
    {
        const string Template = "apiVersion: v1\nkind: Pod\nspec:\n  containers:\n    - name: app\n      securityContext:\n        privileged: {{ .Values.privileged }}\n";

        var found = TemplateLineFinder.Find(Template, [new PathStep("spec", 0), new PathStep("containers", 0), new PathStep(null, 0), new PathStep("securityContext", 0), new PathStep("privileged", 0)]);

        Assert.That(found?.Start.Line, Is.EqualTo(7));
    }

    [Test]
    public void A_hostile_template_line_is_scanned_in_linear_time()
    {
        // A chart in a pull request may hold anything: a key pattern that backtracks over
        // "- - - … x" (no colon) would try every split of the dashes.
        var hostile = string.Concat(Enumerable.Repeat("- ", 200_000)) + "x";
        var template = "spec:\n" + hostile + "\n  name: app\n";

        var watch = Stopwatch.StartNew();
        var found = TemplateLineFinder.Find(template, [new PathStep("spec", 0), new PathStep("name", 0)]);

        Assert.Multiple(() =>
        {
            Assert.That(found?.Start.Line, Is.EqualTo(3));
            Assert.That(watch.Elapsed, Is.LessThan(TimeSpan.FromSeconds(10)), "a generous bound: linear scanning takes milliseconds");
        });
    }
}
