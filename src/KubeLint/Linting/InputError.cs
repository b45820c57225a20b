namespace KubeLint.Linting;

/// <summary>Input that could not be read or parsed, or a rule that failed; not a finding.</summary>
/// <param name="File">The file as the user named it.</param>
/// <param name="Line">1-based line (1 when the whole file is concerned).</param>
/// <param name="Column">1-based column.</param>
/// <param name="Message">What went wrong, for a person.</param>
public sealed record InputError(string File, int Line, int Column, string Message)
{
    /// <summary>Whether the input, the configuration or KubeLint itself is at fault.</summary>
    public ErrorKind Kind { get; init; } = ErrorKind.Input;

    /// <summary>True when KubeLint itself failed (a rule threw) rather than the input being bad.</summary>
    public bool IsInternalFailure => Kind == ErrorKind.Internal;
}
