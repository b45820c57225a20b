using KubeLint.Linting;
using KubeLint.Linting.Rendering;
using KubeLint.Manifests.PodSecurity;
using KubeLint.Tests.Support;

namespace KubeLint.Tests.Rendering.Locations;

/// <summary>
/// On the real charts of ../shared/charts, with default values and every <c>ci/*.yaml</c> values file,
/// chart-mode findings point at the template line that wrote their node, and at the line of the named
/// template that wrote it when they name one: changing that line changes the finding's rendered line
/// (<see cref="LocationOracle"/>). Findings are judged with the default rules and under
/// <c>--pss restricted</c>, whose per-setting findings point at more lines. At least 95% on every chart.
/// </summary>
// The two location oracles run beside each other (and nothing else does): each renders one chart or tree at a time.
[Parallelizable(ParallelScope.Self)]
public class ChartLocationTests
{
    private static IEnumerable<string> Charts => ChartCases.Names;

    [TestCaseSource(nameof(Charts))]
    public void Findings_point_at_the_template_line_that_wrote_them(string chart)
    {
        var helm = RenderTools.RequireHelm();
        var shared = RepositoryPaths.RequireShared("charts");
        var renders = ChartCases.RendersOf(chart, shared);
        using var copy = new TempDirectory();
        var chartCopy = Path.Combine(copy.Path, Path.GetFileName(renders[0].Folder));
        OracleReport.CopyFolder(Path.Combine(shared, renders[0].Folder), chartCopy);

        var verdicts = new List<OracleVerdict>();
        foreach (var render in renders)
        {
            var oracle = new LocationOracle(chartCopy, _ => Helm(helm, chartCopy, render));
            foreach (var pss in new[] { null, new PssProfile(PssLevel.Restricted, PssVersion.Latest) })
            {
                foreach (var finding in Lint(helm, chartCopy, render, pss).Where(f => f.Rendered is not null))
                {
                    verdicts.Add(oracle.Judge(finding, chartCopy, render.Label, finding.Location, false));
                    if (finding.NamedTemplate is { } named)
                    {
                        verdicts.Add(oracle.Judge(finding, chartCopy, render.Label, named.At, true));
                    }
                }
            }
        }

        Assert.That(OracleReport.Check(chart, copy.Path, verdicts, renders.Count), Is.Empty);
    }

    [TestCaseSource(nameof(Charts))]
    public void Aligning_ahead_on_another_thread_gives_the_locations_aligning_when_asked_gives(string chart)
    {
        var helm = RenderTools.RequireHelm();
        var shared = RepositoryPaths.RequireShared("charts");
        var render = ChartCases.RendersOf(chart, shared)[0];
        var folder = Path.Combine(shared, render.Folder);
        var pss = new PssProfile(PssLevel.Restricted, PssVersion.Latest);

        static string Describe(KubeLint.Rules.Finding f) => $"{f.RuleId} {f.Location} {f.NamedTemplate?.Name} {f.NamedTemplate?.At}";

        var ahead = Lint(helm, folder, render, pss).Select(Describe);
        var whenAsked = Lint(helm, folder, render, pss, oneThread: true).Select(Describe);

        Assert.That(ahead, Is.EqualTo(whenAsked));
    }

    private static IReadOnlyList<KubeLint.Rules.Finding> Lint(string helm, string chart, ChartRender render, PssProfile? pss, bool oneThread = false) =>
        new Linter().Lint(new LintRequest
        {
            MaxDegreeOfParallelism = oneThread ? 1 : 0,
            Paths = [chart],
            UseConfigFiles = false,
            Pss = pss,
            DefaultNamespace = render.Namespace,
            Render = new RenderOptions
            {
                HelmPath = helm,
                ReleaseName = render.Release,
                HelmValues = render.ValuesFile is null ? [] : [render.ValuesFile],
                HelmSet = render.Set,
            },
        }).Findings;

    private static string[]? Helm(string helm, string chart, ChartRender render)
    {
        List<string> arguments = ["template", render.Release, chart, "--namespace", render.Namespace, "--skip-schema-validation"];
        if (render.ValuesFile is not null)
        {
            arguments.AddRange(["--values", render.ValuesFile]);
        }

        foreach (var setting in render.Set)
        {
            arguments.AddRange(["--set", setting]);
        }

        var run = ExternalTool.Run(helm, arguments, chart, TimeSpan.FromSeconds(120), 1 << 26, ToolEnvironment.Inherited(RenderTools.GoCollectorPace));
        return run.ExitCode == 0 ? run.Output.Split('\n') : null;
    }
}
