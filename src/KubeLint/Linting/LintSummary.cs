namespace KubeLint.Linting;

/// <summary>Counts for a run.</summary>
/// <param name="Files">Files read.</param>
/// <param name="Objects">Kubernetes objects linted.</param>
/// <param name="Findings">Findings reported (not suppressed).</param>
/// <param name="Errors">Input errors.</param>
/// <param name="Suppressed">Findings hidden by a suppression with a reason.</param>
public sealed record LintSummary(int Files, int Objects, int Findings, int Errors, int Suppressed);
