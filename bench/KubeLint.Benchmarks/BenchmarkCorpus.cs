using System.Diagnostics;
using KubeLint.Linting;

namespace KubeLint.Benchmarks;

/// <summary>
/// The manifests every benchmark reads, in memory: the synthetic corpus ../shared/tools/gen-corpus.py
/// writes (deterministic for its seed and size), generated once into the system's temp folder.
/// </summary>
internal static class BenchmarkCorpus
{
    public static IReadOnlyList<SourceText> Load(string size)
    {
        var folder = Path.Combine(Path.GetTempPath(), $"kubelint-bench-corpus-{size}");
        if (!Directory.Exists(folder))
        {
            Generate(folder, size);
        }

        return [.. Directory.EnumerateFiles(folder, "*.yaml", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(file => new SourceText(Path.GetRelativePath(folder, file), File.ReadAllText(file)))];
    }

    private static void Generate(string folder, string size)
    {
        var generator = FindGenerator() ?? throw new InvalidOperationException("../shared/tools/gen-corpus.py was not found above the current folder");
        using var process = Process.Start(new ProcessStartInfo("python3", [generator, folder, "--size", size, "--seed", "1"]) { RedirectStandardOutput = true })!;
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"gen-corpus.py exited with {process.ExitCode}");
        }
    }

    private static string? FindGenerator()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "shared", "tools", "gen-corpus.py");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
