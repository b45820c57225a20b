namespace KubeLint.Linting;

/// <summary>Input that could not be read or parsed, or a rule that failed; not a finding.</summary>
/// <param name="File">The file as the user named it.</param>
/// <param name="Line">1-based line; 0 when the whole file or folder is concerned.</param>
/// <param name="Column">1-based column; 0 with line 0.</param>
/// <param name="Message">What went wrong, for a person.</param>
public sealed record InputError(string File, int Line, int Column, string Message)
{
    /// <summary>Whether the input, the configuration or KubeLint itself is at fault.</summary>
    public ErrorKind Kind { get; init; } = ErrorKind.Input;

    /// <summary>True when KubeLint itself failed (a rule threw) rather than the input being bad.</summary>
    public bool IsInternalFailure => Kind == ErrorKind.Internal;

    /// <summary>Whether the error has a line and column (it does not when it concerns a whole file or folder).</summary>
    public bool HasPosition => Line > 0;

    /// <summary>An error about a whole file or folder, with no position in it.</summary>
    public static InputError ForWhole(string file, string message) => new(file, 0, 0, message);
}
