namespace KubeLint.Rules;

/// <summary>How serious a finding is; ordered so that <c>Error &gt; Warning &gt; Note</c>.</summary>
public enum Severity
{
    /// <summary>Worth knowing; does not fail a run unless <c>--fail-on note</c>.</summary>
    Note = 0,

    /// <summary>A weakness that should be fixed.</summary>
    Warning = 1,

    /// <summary>A configuration that directly exposes the cluster.</summary>
    Error = 2,
}
