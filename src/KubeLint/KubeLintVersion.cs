using System.Reflection;

namespace KubeLint;

/// <summary>The version of the KubeLint library, as written into reports.</summary>
internal static class KubeLintVersion
{
    /// <summary>The semantic version, without build metadata.</summary>
    public static string Current { get; } = Read();

    private static string Read()
    {
        var informational = typeof(KubeLintVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
        var plus = informational.IndexOf('+', StringComparison.Ordinal);
        return plus < 0 ? informational : informational[..plus];
    }
}
