using KubeLint.Linting.Rendering;
using KubeLint.Tests.Support;

namespace KubeLint.Tests.Cli;

/// <summary>The output the README shows for the shipped samples is what the tool prints.</summary>
[NonParallelizable]
public class ReadmeTests
{
    [Test]
    public void The_quick_start_output_is_real()
    {
        if (ExternalTool.Find("helm") is null || RenderTools.Kustomize is null)
        {
            Assert.Ignore("the README shows the samples rendered with helm and kubectl on PATH; one of them is missing, so this test is skipped.");
        }

        var readme = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        var quickStart = readme[readme.IndexOf("## Quick start", StringComparison.Ordinal)..];
        var start = quickStart.IndexOf("```text\n", StringComparison.Ordinal) + "```text\n".Length;
        var shown = quickStart[start..quickStart.IndexOf("```", start, StringComparison.Ordinal)]
            .Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Where(line => line != "...")
            .ToList();

        var run = CurrentDirectory.With(RepositoryPaths.Root, () => CliRun.Invoke(["lint", "samples/", "--color", "never"]));
        var printed = run.Out.Split('\n').ToHashSet();

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(1));
            Assert.That(shown, Has.Count.GreaterThan(2));
            Assert.That(shown.Where(line => !printed.Contains(line)), Is.Empty, "README lines the tool does not print");
            Assert.That(run.Out.TrimEnd().Split('\n')[^1], Is.EqualTo(shown[^1]), "the summary line");
        });
    }
}
