namespace KubeLint.Tests.Support;

/// <summary>Where the repository and the shared data live, found from the test assembly's folder.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Samples => Path.Combine(Root, "samples");

    public static string TestData => Path.Combine(Root, "tests", "KubeLint.Tests");

    /// <summary>../shared beside the repository (the corpus, the PSS fixtures), or null when absent.</summary>
    public static string? Shared
    {
        get
        {
            var shared = Path.GetFullPath(Path.Combine(Root, "..", "shared"));
            return Directory.Exists(shared) ? shared : null;
        }
    }

    /// <summary>A folder under ../shared, or an ignored test with a visible reason when it is absent.</summary>
    public static string RequireShared(string relative)
    {
        var path = Shared is null ? null : Path.Combine(Shared, relative);
        if (path is null || !Directory.Exists(path))
        {
            Assert.Ignore($"../shared/{relative} is not present beside the repository; this test needs it and is skipped.");
        }

        return path!;
    }

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "KubeLint.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("KubeLint.sln not found above the test directory.");
    }
}
