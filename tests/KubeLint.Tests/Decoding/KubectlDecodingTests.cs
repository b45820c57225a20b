using System.Diagnostics;
using System.Text.Json.Nodes;
using KubeLint.Manifests;
using KubeLint.Tests.Support;
using KubeLint.Yaml;

namespace KubeLint.Tests.Decoding;

/// <summary>
/// KubeLint reads each file as kubectl does before it sends objects to the API server. The expected
/// objects were recorded from kubectl itself (see Cases/README.md for the command).
/// </summary>
public class KubectlDecodingTests
{
    private static string CasesFolder => Path.Combine(RepositoryPaths.TestData, "Decoding", "Cases");

    public static IEnumerable<TestCaseData> Cases() =>
        Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "tests", "KubeLint.Tests", "Decoding", "Cases"))
            .Where(f => (f.EndsWith(".yaml", StringComparison.Ordinal) || f.EndsWith(".json", StringComparison.Ordinal)) && !f.EndsWith(".kubectl.json", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(f => new TestCaseData(Path.GetFileName(f)).SetArgDisplayNames(Path.GetFileNameWithoutExtension(f)));

    [TestCaseSource(nameof(Cases))]
    public void KubeLint_lints_the_objects_kubectl_sends(string input)
    {
        var (expected, kubectlError) = Recorded(input);
        var content = ManifestReader.Read(input, File.ReadAllText(Path.Combine(CasesFolder, input)), "default", YamlLimits.Default);
        var actual = content.Objects.Select(o => KubectlJson.Canonical(KubectlJson.Convert(o.Root))).ToList();
        // KubeLint also reports what kubectl reads past without a word: duplicate keys, content it ignores.
        var refusals = content.Errors.Where(e => !e.Message.StartsWith("duplicate key", StringComparison.Ordinal) && !e.Message.Contains("ignores this one", StringComparison.Ordinal)).ToList();
        if (kubectlError.Length == 0)
        {
            Assert.Multiple(() =>
            {
                Assert.That(actual, Is.EqualTo(expected), "the objects kubectl sends, in order");
                Assert.That(refusals, Is.Empty, "kubectl accepted the whole file");
            });
        }
        else
        {
            Assert.Multiple(() =>
            {
                Assert.That(expected.Except(actual), Is.Empty, "every object kubectl sends before it stops is linted");
                Assert.That(refusals, Is.Not.Empty, $"kubectl refused part of the file ({kubectlError.Trim()}); KubeLint reports it");
            });
        }
    }

    [TestCaseSource(nameof(Cases))]
    public void The_recording_is_what_kubectl_sends_today(string input)
    {
        var tool = RepositoryPaths.Shared is { } shared ? Path.Combine(shared, "tools", "kubectl-sends") : null;
        if (tool is null || !File.Exists(tool) || Support.RenderTools.Kustomize is not { } kubectl || Path.GetFileName(kubectl) != "kubectl")
        {
            Assert.Ignore("kubectl and ../shared/tools/kubectl-sends are needed to check the recording against kubectl itself; skipped.");
        }

        var start = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = CasesFolder };
        start.ArgumentList.Add(tool!);
        start.ArgumentList.Add(input);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        var (expected, _) = Recorded(input);
        Assert.Multiple(() =>
        {
            Assert.That(Objects(output.Result), Is.EqualTo(expected));
            Assert.That(error.Length > 0, Is.EqualTo(File.ReadAllText(Path.Combine(CasesFolder, Path.ChangeExtension(input, null) + ".kubectl.err")).Length > 0));
        });
    }

    private static (List<string> Objects, string Error) Recorded(string input)
    {
        var stem = Path.Combine(CasesFolder, Path.ChangeExtension(input, null));
        return (Objects(File.ReadAllText(stem + ".kubectl.json")), File.ReadAllText(stem + ".kubectl.err"));
    }

    /// <summary>kubectl-sends prints one object, a List of several, or nothing; kubectl adds the default namespace, which is left out.</summary>
    private static List<string> Objects(string json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return [];
        }

        var root = JsonNode.Parse(json)!.AsObject();
        var objects = root["kind"]?.GetValue<string>() == "List" && root["metadata"] is null ? root["items"]!.AsArray().Select(i => i!.AsObject()) : [root];
        return [.. objects.Select(o =>
        {
            if (o["metadata"] is JsonObject metadata && metadata["namespace"]?.GetValue<string>() == "default")
            {
                metadata.Remove("namespace");
            }

            return KubectlJson.Canonical(o);
        })];
    }
}
