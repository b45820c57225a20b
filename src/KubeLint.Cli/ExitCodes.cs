namespace KubeLint.Cli;

/// <summary>The documented exit codes.</summary>
internal static class ExitCodes
{
    /// <summary>Nothing at or above <c>--fail-on</c>, and every input was read.</summary>
    public const int Clean = 0;

    /// <summary>Findings at or above <c>--fail-on</c>, or input that could not be read or parsed.</summary>
    public const int Findings = 1;

    /// <summary>A usage or configuration error, or an internal failure.</summary>
    public const int UsageOrInternal = 2;
}
