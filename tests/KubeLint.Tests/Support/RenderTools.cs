using KubeLint.Linting.Rendering;

namespace KubeLint.Tests.Support;

/// <summary>
/// The real helm and kubectl/kustomize binaries the rendering tests use: helm from
/// KUBELINT_TEST_HELM or PATH (.ci/run installs one from npm), kustomize from PATH.
/// </summary>
internal static class RenderTools
{
    public static string? Helm =>
        Environment.GetEnvironmentVariable("KUBELINT_TEST_HELM") is { Length: > 0 } configured && File.Exists(configured)
            ? configured
            : ExternalTool.Find("helm");

    /// <summary>The Go collector's pace KubeLint gives renderers, for tests that render many times on their own.</summary>
    public static IReadOnlyDictionary<string, string> GoCollectorPace { get; } = new Dictionary<string, string> { ["GOGC"] = ToolEnvironment.GoCollectorPace };

    public static string? Kustomize => ExternalTool.Find("kubectl") ?? ExternalTool.Find("kustomize");

    public static string RequireHelm() =>
        Helm ?? Ignore<string>("helm is not available (set KUBELINT_TEST_HELM or put helm on PATH; .ci/run installs it): this test is skipped.");

    public static string RequireKustomize() =>
        Kustomize ?? Ignore<string>("neither kubectl nor kustomize is on PATH: this test is skipped.");

    private static T Ignore<T>(string message)
    {
        Assert.Ignore(message);
        return default!;
    }
}
