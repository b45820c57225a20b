namespace KubeLint.Linting;

/// <summary>Something the user should know about the run that is neither a finding nor an error (e.g. skipped templates).</summary>
/// <param name="Path">The file or folder concerned.</param>
/// <param name="Message">What happened.</param>
public sealed record LintNotice(string Path, string Message);
