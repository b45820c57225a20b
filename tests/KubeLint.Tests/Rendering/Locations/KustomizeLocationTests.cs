using KubeLint.Linting;
using KubeLint.Linting.Rendering;
using KubeLint.Manifests.PodSecurity;
using KubeLint.Tests.Support;

namespace KubeLint.Tests.Rendering.Locations;

/// <summary>
/// On the complete kustomize trees of ../shared/charts, findings on a build's output point at the line
/// of the resource or patch that wrote their node: changing it changes the finding's rendered line
/// (<see cref="LocationOracle"/>), with the default rules and under <c>--pss restricted</c>. The bar
/// is lower than for charts because a resource's <c>metadata.name</c> that patches target by name
/// cannot be changed without breaking the build, so the oracle cannot judge findings placed on it.
/// </summary>
// The two location oracles run beside each other (and nothing else does): each renders one chart or tree at a time.
[Parallelizable(ParallelScope.Self)]
public class KustomizeLocationTests
{
    private static readonly string[] Trees = ["argo-cd/manifests", "kustomize-examples/examples", "metrics-server/manifests", "kube-prometheus"];

    private static IEnumerable<string> TreeNames => Trees;

    [TestCaseSource(nameof(TreeNames))]
    public void Findings_point_at_the_resource_or_patch_line_that_wrote_them(string tree)
    {
        var kustomize = RenderTools.RequireKustomize();
        var shared = RepositoryPaths.RequireShared("charts");
        using var copy = new TempDirectory();
        var treeCopy = Path.Combine(copy.Path, tree.Replace('/', '-'));
        OracleReport.CopyFolder(Path.Combine(shared, tree), treeCopy);

        var oracle = new LocationOracle(treeCopy, root => Build(kustomize, root));
        var verdicts = new List<OracleVerdict>();
        var roots = new HashSet<string>(StringComparer.Ordinal);
        foreach (var pss in new[] { null, new PssProfile(PssLevel.Restricted, PssVersion.Latest) })
        {
            var result = new Linter().Lint(new LintRequest { Paths = [treeCopy], UseConfigFiles = false, Pss = pss, Render = new RenderOptions { KustomizePath = kustomize } });
            foreach (var finding in result.Findings.Where(f => f.Rendered?.RenderedBy.StartsWith("kustomize", StringComparison.Ordinal) == true))
            {
                roots.Add(finding.Rendered!.Input);
                verdicts.Add(oracle.Judge(finding, finding.Rendered.Input, Path.GetRelativePath(treeCopy, finding.Rendered.Input), finding.Location, false));
            }
        }

        Assert.That(OracleReport.Check(tree, copy.Path, verdicts, roots.Count, required: 0.9), Is.Empty);
    }

    private static string[]? Build(string kustomize, string root)
    {
        List<string> arguments = Path.GetFileName(kustomize) == "kubectl" ? ["kustomize", root] : ["build", root];
        var run = ExternalTool.Run(kustomize, arguments, root, TimeSpan.FromSeconds(120), 1 << 27, ToolEnvironment.Inherited(RenderTools.GoCollectorPace));
        return run.ExitCode == 0 ? run.Output.Split('\n') : null;
    }
}
