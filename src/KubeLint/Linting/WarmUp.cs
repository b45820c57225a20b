using System.Runtime.CompilerServices;

namespace KubeLint.Linting;

/// <summary>
/// One-time set-up the first lint would otherwise wait for, started on another thread while the
/// command line is read: YamlDotNet validates anchor names with a compiled regular expression that it
/// builds (about 8 ms, emitted and JIT-compiled) the first time any parser event is made. Linting
/// the whole of a built-in manifest in the background was measured too: it only competed with the
/// main thread for the JIT and the type loader, and saved nothing.
/// </summary>
internal static class WarmUp
{
    /// <summary>Starts the set-up; returns at once.</summary>
    public static void InBackground()
    {
        var thread = new Thread(Run)
        {
            IsBackground = true,
            Name = "kubelint warm-up",
        };
        thread.Start();
    }

    private static void Run()
    {
        try
        {
            RuntimeHelpers.RunClassConstructor(typeof(YamlDotNet.Core.AnchorName).TypeHandle);
        }
        catch (TypeInitializationException)
        {
            // The parser meets the same failure in the lint itself, which reports it.
        }
    }
}
