namespace KubeLint.Tests.Support;

/// <summary>Runs code with the process's current directory set, restoring it afterwards (tests using it are non-parallelizable).</summary>
internal static class CurrentDirectory
{
    public static T With<T>(string directory, Func<T> action)
    {
        var previous = Environment.CurrentDirectory;
        Environment.CurrentDirectory = directory;
        try
        {
            return action();
        }
        finally
        {
            Environment.CurrentDirectory = previous;
        }
    }
}
