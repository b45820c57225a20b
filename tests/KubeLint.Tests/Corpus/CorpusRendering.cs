using KubeLint.Linting.Rendering;

namespace KubeLint.Tests.Corpus;

/// <summary>
/// The corpus is a sample of files from many repositories, not whole repositories: its charts and
/// kustomizations miss files they refer to, so it is linted as it is, without rendering.
/// </summary>
internal static class CorpusRendering
{
    public static RenderOptions Off { get; } = new() { Enabled = false };
}
