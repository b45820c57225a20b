using System.CommandLine;
using KubeLint.Linting.Rendering;

namespace KubeLint.Cli.Commands;

/// <summary>The options of <c>kubelint lint</c> that control rendering Helm charts and kustomizations.</summary>
internal sealed class RenderingOptions
{
    public Option<string> Helm { get; } = new("--helm")
    {
        Description = "The helm binary that renders charts (default: helm on PATH).",
        HelpName = "path",
    };

    public Option<string> Kustomize { get; } = new("--kustomize")
    {
        Description = "The kubectl or kustomize binary that builds kustomizations (default: kubectl, else kustomize, on PATH).",
        HelpName = "path",
    };

    public Option<bool> NoRender { get; } = new("--no-render")
    {
        Description = "Do not render charts or build kustomizations: lint their files as they are.",
    };

    public Option<string[]> Values { get; } = new("--values")
    {
        Description = "A values file for every chart rendered (repeatable), as helm template --values.",
        HelpName = "file",
        AllowMultipleArgumentsPerToken = false,
    };

    public Option<string[]> Set { get; } = new("--set")
    {
        Description = "A value for every chart rendered (repeatable), as helm template --set name=value.",
        HelpName = "name=value",
        AllowMultipleArgumentsPerToken = false,
    };

    public Option<string> ReleaseName { get; } = new("--release-name")
    {
        Description = "The release name charts are rendered with (default: release-name).",
        HelpName = "name",
    };

    public Option<bool> IncludeCrds { get; } = new("--include-crds")
    {
        Description = "Render the CRDs of charts too.",
    };

    public IEnumerable<Option> All => [Helm, Kustomize, NoRender, Values, Set, ReleaseName, IncludeCrds];

    public (RenderOptions? Options, string? Error) Read(ParseResult parseResult)
    {
        foreach (var (option, path) in new[] { (Helm, parseResult.GetValue(Helm)), (Kustomize, parseResult.GetValue(Kustomize)) })
        {
            if (path is not null && !File.Exists(path))
            {
                return (null, $"{option.Name}: no such file: {path}");
            }
        }

        var values = parseResult.GetValue(Values) ?? [];
        if (values.FirstOrDefault(v => !File.Exists(v)) is { } missing)
        {
            return (null, $"--values: no such file: {missing}");
        }

        return (new RenderOptions
        {
            Enabled = !parseResult.GetValue(NoRender),
            HelmPath = parseResult.GetValue(Helm) is { } helm ? Path.GetFullPath(helm) : null,
            KustomizePath = parseResult.GetValue(Kustomize) is { } kustomize ? Path.GetFullPath(kustomize) : null,
            HelmValues = [.. values.Select(Path.GetFullPath)],
            HelmSet = parseResult.GetValue(Set) ?? [],
            ReleaseName = parseResult.GetValue(ReleaseName) ?? new RenderOptions().ReleaseName,
            IncludeCrds = parseResult.GetValue(IncludeCrds),
        }, null);
    }
}
