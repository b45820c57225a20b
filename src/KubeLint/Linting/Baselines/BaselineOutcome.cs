namespace KubeLint.Linting.Baselines;

/// <summary>What applying a baseline did: findings it accepted, and entries that matched nothing any more.</summary>
/// <param name="Matched">Findings hidden because the baseline lists them.</param>
/// <param name="Stale">Baseline entries that no finding matched (fixed, or changed beyond recognition).</param>
public sealed record BaselineOutcome(int Matched, int Stale);
