namespace KubeLint.Rules.Fixes;

/// <summary>Whether applying a fix can change what a working workload does.</summary>
public enum FixSafety
{
    /// <summary>Cannot break a workload that works today: applied by <c>kubelint fix</c>.</summary>
    Safe,

    /// <summary>May change behaviour (the workload may need what the fix removes): applied only with <c>--unsafe</c>.</summary>
    Unsafe,
}
