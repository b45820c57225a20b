using System.Diagnostics;
using System.Text.Json.Nodes;
using KubeLint.Linting;
using KubeLint.Linting.Fixing;
using KubeLint.Linting.Rendering;
using KubeLint.Tests.Support;
using KubeLint.Yaml;

namespace KubeLint.Tests.Fixing;

/// <summary>
/// Fixes of kustomize findings go into the resource or patch that wrote the node: on real trees,
/// the build after <c>fix --write --unsafe</c> is the build before plus exactly the fixed fields.
/// </summary>
[NonParallelizable]
public class FixKustomizeTests
{
    [TestCase("argo-cd/manifests", "cluster-install", false)]
    [TestCase("argo-cd/manifests", "ha/cluster-install", false)]
    [TestCase("metrics-server/manifests", "overlays/release", false)]
    [TestCase("kustomize-examples/examples", "wordpress", true)]
    [TestCase("kustomize-examples/examples", "multibases", true)]
    [TestCase("kustomize-examples/examples", "ldap/overlays/production", true)]
    [TestCase("kustomize-examples/examples", "springboot/overlays/production", true)]
    public void The_build_after_the_fix_is_the_build_before_plus_the_fixed_fields(string tree, string root, bool hasFixes)
    {
        var source = RepositoryPaths.RequireShared(Path.Combine("charts", tree));
        var kubectl = RenderTools.RequireKustomize();
        using var copy = new TempDirectory();
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(copy.Path, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        Directory.CreateDirectory(Path.Combine(copy.Path, ".git")); // the repository: an overlay may build its bases inside it
        var folder = Path.Combine(copy.Path, root);
        var result = new Linter().Lint(new LintRequest { Paths = [folder], Render = new RenderOptions { KustomizePath = kubectl }, UseConfigFiles = false });
        var plan = FixPlan.Make(result, [], includeUnsafe: true, FixWriter.Read);
        var expected = Build(kubectl, folder);
        foreach (var finding in result.Findings.Where(f => f.Rendered is not null))
        {
            var obj = expected.Single(o => o["kind"]?.GetValue<string>() == finding.Object.Kind && o["metadata"]?["name"]?.GetValue<string>() == finding.Object.Name
                && (o["metadata"]?["namespace"]?.GetValue<string>() ?? "default") == (finding.Object.Namespace ?? "default"));
            foreach (var intent in finding.Fixes)
            {
                FixRoundTripTests.Apply(obj, intent);
            }
        }

        var refused = plan.Changes.Select(change => FixWriter.Write(change, [copy.Path])).OfType<string>().ToList();
        var after = Build(kubectl, folder);

        Assert.Multiple(() =>
        {
            Assert.That(plan.Changes, hasFixes ? Is.Not.Empty : Is.Empty, "argo-cd and metrics-server are hardened already; the examples are not");
            Assert.That(plan.Notes, Is.Empty);
            Assert.That(result.Errors, Is.Empty, "every kustomization builds");
            Assert.That(refused, Is.Empty);
            Assert.That(after.Select(KubectlJson.Canonical), Is.EqualTo(expected.Select(KubectlJson.Canonical)));
        });
    }

    private static List<JsonObject> Build(string kubectl, string folder)
    {
        var start = new ProcessStartInfo(kubectl) { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("kustomize");
        start.ArgumentList.Add(folder);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return [.. YamlLoader.Load(output).Documents.Select(d => (JsonObject)KubectlJson.Convert(d.Root)!)];
    }
}
