namespace KubeLint.Cli.Commands;

/// <summary>When the text report uses colour.</summary>
internal enum ColorMode
{
    /// <summary>On a terminal, unless NO_COLOR is set.</summary>
    Auto,

    /// <summary>Always.</summary>
    Always,

    /// <summary>Never.</summary>
    Never,
}
