using KubeLint.Linting.Rendering;

namespace KubeLint.Linting.Discovery;

/// <summary>
/// The files git tracks, asked once per repository and only when a <c>.gitignore</c> would skip
/// something: a committed file is deployed whatever <c>.gitignore</c> says, so it is linted. git runs
/// with file-system monitors and optional locks off, so a repository's own configuration cannot
/// make it run a program. Without git, or outside a repository, <c>.gitignore</c> alone decides.
/// </summary>
internal sealed class GitTrackedFiles
{
    private readonly string? _git = ExternalTool.Find("git");
    private readonly Dictionary<string, HashSet<string>?> _byRepository = new(StringComparer.Ordinal);

    /// <summary>Whether git tracks the file, or, for a folder, any file below it; null when git cannot tell (no git, no repository).</summary>
    public bool? Keeps(string fullPath)
    {
        if (_git is null || Path.GetDirectoryName(fullPath) is not { } parent || RepositoryRoot.FindOrNull(parent) is not { } repository)
        {
            return null;
        }

        if (!_byRepository.TryGetValue(repository, out var tracked))
        {
            tracked = List(repository);
            _byRepository[repository] = tracked;
        }

        return tracked?.Contains(Path.GetFullPath(fullPath).TrimEnd(Path.DirectorySeparatorChar));
    }

    /// <summary>Every tracked file and every folder holding one, as full paths; null when git cannot say.</summary>
    private HashSet<string>? List(string repository)
    {
        string[] arguments = ["-C", repository, "-c", "core.fsmonitor=false", "-c", "core.untrackedCache=false", "ls-files", "-z", "--cached"];
        var environment = new Dictionary<string, string> { ["GIT_OPTIONAL_LOCKS"] = "0", ["GIT_TERMINAL_PROMPT"] = "0" };
        var run = ExternalTool.Run(_git!, arguments, repository, TimeSpan.FromSeconds(30), 256L * 1024 * 1024, ToolEnvironment.Inherited(environment));
        if (run.ExitCode != 0 || run.TimedOut || run.Truncated)
        {
            return null;
        }

        var tracked = new HashSet<string>(StringComparer.Ordinal);
        foreach (var relative in run.Output.Split('\0', StringSplitOptions.RemoveEmptyEntries))
        {
            for (var path = Path.GetFullPath(Path.Combine(repository, relative.Trim('\n'))); path.Length > repository.Length; path = Path.GetDirectoryName(path)!)
            {
                if (!tracked.Add(path))
                {
                    break;
                }
            }
        }

        return tracked;
    }
}
