using KubeLint.Linting;
using KubeLint.Linting.Rendering;

namespace KubeLint.Cli.Commands;

/// <summary>
/// The lint request a command line makes, read from its words before the command line is built and
/// parsed, only to begin its render early (<see cref="RenderHeadStart"/>). Null for anything but a
/// lint whose every word it understands. A wrong guess costs the early render and nothing else: the
/// run uses it only if it is exactly the render the parsed request makes.
/// </summary>
internal static class LintRequestGuess
{
    /// <summary>The options of <c>lint</c> that take a value (a test checks these and <see cref="Flags"/> name every option).</summary>
    internal static readonly IReadOnlySet<string> ValueOptions = new HashSet<string>(StringComparer.Ordinal)
    {
        "--format", "-f", "--output", "-o", "--fail-on", "--rule", "--disable", "--min-severity", "--namespace", "-n", "--config", "-c",
        "--baseline", "--write-baseline", "--pss", "--source-root", "--stdin-filename", "--color", "--max-file-size", "--jobs", "-j",
        "--helm", "--kustomize", "--values", "--set", "--release-name",
    };

    /// <summary>The options of <c>lint</c> that take no value.</summary>
    internal static readonly IReadOnlySet<string> Flags = new HashSet<string>(StringComparer.Ordinal)
    {
        "--no-config", "--strict", "--untrusted", "--show-suppressed", "--cluster-per-path", "--no-render", "--include-crds",
    };

    private static readonly string[] OtherCommands = ["rules", "explain", "fix"];

    public static LintRequest? From(IReadOnlyList<string> args)
    {
        var start = args.Count > 0 && args[0] == "lint" ? 1 : 0;
        if (args.Count == 0 || (start == 0 && OtherCommands.Contains(args[0])))
        {
            return null;
        }

        var paths = new List<string>();
        var values = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var flags = new HashSet<string>(StringComparer.Ordinal);
        for (var i = start; i < args.Count; i++)
        {
            var word = args[i];
            if (word.StartsWith('@') || word == "--")
            {
                return null;
            }

            if (!word.StartsWith('-') || word == "-")
            {
                paths.Add(word);
            }
            else if (Flags.Contains(word))
            {
                flags.Add(word);
            }
            else if (ValueOptions.Contains(word) && i + 1 < args.Count)
            {
                (values.TryGetValue(word, out var list) ? list : values[word] = []).Add(args[++i]);
            }
            else
            {
                return null;
            }
        }

        return Request(paths, values, flags);
    }

    private static LintRequest? Request(List<string> paths, Dictionary<string, List<string>> values, HashSet<string> flags)
    {
        string? Last(params string[] names) => names.SelectMany(n => values.GetValueOrDefault(n) ?? []).LastOrDefault();
        var maxFileBytes = new LintRequest().MaxFileBytes;
        if (Last("--max-file-size") is { } size && !ByteSize.TryParse(size, out maxFileBytes))
        {
            return null;
        }

        return new LintRequest
        {
            Paths = paths.Count > 0 ? paths : ["."],
            DefaultNamespace = Last("--namespace", "-n"),
            ConfigPath = Last("--config", "-c"),
            UseConfigFiles = !flags.Contains("--no-config"),
            Untrusted = flags.Contains("--untrusted"),
            MaxFileBytes = maxFileBytes,
            Render = new RenderOptions
            {
                Enabled = !flags.Contains("--no-render"),
                HelmPath = Last("--helm") is { } helm ? Path.GetFullPath(helm) : null,
                KustomizePath = Last("--kustomize") is { } kustomize ? Path.GetFullPath(kustomize) : null,
                HelmValues = [.. (values.GetValueOrDefault("--values") ?? []).Select(Path.GetFullPath)],
                HelmSet = values.GetValueOrDefault("--set") ?? [],
                ReleaseName = Last("--release-name") ?? new RenderOptions().ReleaseName,
                IncludeCrds = flags.Contains("--include-crds"),
            },
        };
    }
}
