using KubeLint.Linting.Discovery;

namespace KubeLint.Linting.Baselines;

/// <summary>
/// The file part of a fingerprint: the path relative to the file's repository root (else the current
/// folder), so <c>k8s/a.yaml</c>, <c>./k8s/a.yaml</c> and an absolute path in another checkout agree.
/// Each instance remembers the folders it has resolved; use one per report.
/// </summary>
internal sealed class FingerprintFiles
{
    private readonly Dictionary<string, string> _baseByDirectory = new(StringComparer.Ordinal);

    public string KeyOf(string file)
    {
        if (file == "-" || file.Length == 0 || !(Path.IsPathRooted(file) || File.Exists(file)))
        {
            return Normalize(file);
        }

        var full = Path.GetFullPath(file);
        var directory = Path.GetDirectoryName(full) ?? full;
        if (!_baseByDirectory.TryGetValue(directory, out var baseDirectory))
        {
            baseDirectory = RepositoryRoot.FindOrNull(directory) ?? Environment.CurrentDirectory;
            _baseByDirectory[directory] = baseDirectory;
        }

        return Normalize(Path.GetRelativePath(baseDirectory, full));
    }

    private static string Normalize(string file)
    {
        var normalized = file.Replace('\\', '/');
        return normalized.StartsWith("./", StringComparison.Ordinal) ? normalized[2..] : normalized;
    }
}
