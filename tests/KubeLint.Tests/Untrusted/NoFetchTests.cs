using System.Net;
using System.Net.Sockets;
using KubeLint.Linting;
using KubeLint.Linting.Rendering;
using KubeLint.Tests.Support;

namespace KubeLint.Tests.Untrusted;

/// <summary>
/// Renderers fetch nothing. The first wall is the check of every reference kustomize and helm would
/// follow (tested here with the network namespace off, against a server on 127.0.0.1); the second
/// is the network namespace itself, tested with a reference the check is bypassed for.
/// </summary>
[NonParallelizable]
public sealed class NoFetchTests : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private int _connections;

    public NoFetchTests()
    {
        _listener.Start();
        _ = AcceptAsync();
    }

    [SetUp]
    public void CountFromZero() => Interlocked.Exchange(ref _connections, 0);

    private string Url => $"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/x.yaml";

    public static IEnumerable<TestCaseData> Fields()
    {
        foreach (var (name, kustomization) in new[]
        {
            ("resources", "resources: [URL]"),
            ("Resources", "Resources: [URL]"),
            ("RESOURCES", "RESOURCES: [URL]"),
            ("reſources (long s, as Go folds it)", "reſources: [URL]"),
            ("bases", "bases: [URL]"),
            ("components", "components: [URL]"),
            ("a repository without a scheme", "resources: [github.com/example/repo//deploy?ref=v1]"),
            ("patches[].path", "patches: [{path: URL}]"),
            ("Patches[].Path", "Patches: [{Path: URL}]"),
            ("patchesStrategicMerge", "patchesStrategicMerge: [URL]"),
            ("patchesJson6902[].path", "patchesJson6902: [{target: {kind: Pod, name: x}, path: URL}]"),
            ("transformers", "transformers: [URL]"),
            ("generators", "generators: [URL]"),
            ("validators", "validators: [URL]"),
            ("configurations", "configurations: [URL]"),
            ("crds", "crds: [URL]"),
            ("openapi.path", "openapi: {path: URL}"),
            ("replacements[].path", "replacements: [{path: URL}]"),
            ("configMapGenerator files", "configMapGenerator: [{name: c, files: [key=URL]}]"),
            ("configMapGenerator envs", "configMapGenerator: [{name: c, envs: [URL]}]"),
            ("secretGenerator env", "secretGenerator: [{name: s, env: URL}]"),
            ("helmCharts", "helmCharts: [{name: x, repo: URL}]"),
            ("a transformer configuration file", "transformers: [transformer.yaml]"),
            ("an inline transformer", "transformers:\n  - |\n    apiVersion: builtin\n    kind: PatchTransformer\n    metadata: {name: p}\n    path: URL"),
        })
        {
            yield return new TestCaseData(kustomization).SetArgDisplayNames(name);
        }
    }

    [TestCaseSource(nameof(Fields))]
    public void A_kustomization_with_a_remote_reference_is_not_built_and_nothing_is_fetched(string kustomization)
    {
        var kustomize = RenderTools.RequireKustomize();
        using var dir = new TempDirectory();
        dir.Write("app/kustomization.yaml", "resources: [pod.yaml]\n" + kustomization.Replace("URL", Url, StringComparison.Ordinal).Replace("resources: [pod.yaml]\n", string.Empty, StringComparison.Ordinal) + "\n");
        dir.Write("app/transformer.yaml", $"apiVersion: builtin\nkind: PatchTransformer\nmetadata: {{name: p}}\npath: {Url}\n");
        dir.Write("app/pod.yaml", SampleManifests.PrivilegedPod());

        var result = new Linter().Lint(new LintRequest { Paths = [Path.Combine(dir.Path, "app")], Render = new RenderOptions { KustomizePath = kustomize, IsolateNetwork = false }, UseConfigFiles = false });

        Assert.Multiple(() =>
        {
            Assert.That(Volatile.Read(ref _connections), Is.Zero, "nothing connected to the server");
            Assert.That(result.Notices.Select(n => n.Message), Has.One.StartWith("kustomization not built: it refers to remote resources"));
            Assert.That(result.Findings.Select(f => f.RuleId), Does.Contain("KL3001"), "its files are linted as they stand");
        });
    }

    [Test]
    public void A_chart_schema_ref_is_never_followed()
    {
        var helm = RenderTools.RequireHelm();
        using var dir = new TempDirectory();
        dir.Write("chart/Chart.yaml", "apiVersion: v2\nname: schema\nversion: 0.1.0\n");
        dir.Write("chart/values.schema.json", $"{{\"$schema\": \"http://json-schema.org/draft-07/schema#\", \"properties\": {{\"x\": {{\"$ref\": \"{Url}\"}}}}}}");
        dir.Write("chart/values.yaml", "x: 1\n");
        dir.Write("chart/templates/cm.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\n");

        var result = new Linter().Lint(new LintRequest { Paths = [Path.Combine(dir.Path, "chart")], Render = new RenderOptions { HelmPath = helm, IsolateNetwork = false }, UseConfigFiles = false });

        Assert.Multiple(() =>
        {
            Assert.That(Volatile.Read(ref _connections), Is.Zero);
            Assert.That(result.Errors, Is.Empty);
        });
    }

    [Test]
    public void With_the_network_wall_up_even_a_render_that_tries_to_fetch_reaches_nothing()
    {
        var kustomize = RenderTools.RequireKustomize();
        if (!NetworkWall.OfThisMachine.Works)
        {
            Assert.Ignore("this machine cannot give renderers a network namespace of their own");
        }

        using var dir = new TempDirectory();
        dir.Write("app/kustomization.yaml", $"resources: [{Url}]\n");
        var job = new RenderJob(RendererKind.Kustomize, Path.Combine(dir.Path, "app"), "app", kustomize);

        var output = KustomizeRenderer.Render(job, new RenderOptions(), 1 << 20);

        Assert.Multiple(() =>
        {
            Assert.That(output.Text, Is.Null, "the build fails: there is no network");
            Assert.That(Volatile.Read(ref _connections), Is.Zero);
        });
    }

    public void Dispose() => _listener.Stop();

    private async Task AcceptAsync()
    {
        try
        {
            while (true)
            {
                using var client = await _listener.AcceptTcpClientAsync();
                Interlocked.Increment(ref _connections);
            }
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException)
        {
            // The listener was stopped.
        }
    }
}
