namespace KubeLint.Manifests.AdminUis;

/// <summary>How a setting's value is tested.</summary>
public enum ValueCondition
{
    /// <summary>Present and true (a bare flag counts as true).</summary>
    IsTrue,

    /// <summary>Present and empty (<c>--token=</c>, <c>--token=''</c>).</summary>
    IsEmpty,

    /// <summary>Present and containing the check's text (case-insensitive).</summary>
    Contains,

    /// <summary>An INI-style file whose <c>[section]</c> sets <c>key = true</c>; the check's text is <c>section.key</c>.</summary>
    IniKeyIsTrue,
}
