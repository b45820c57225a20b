using KubeLint.Rules;

namespace KubeLint.Linting.Engine;

/// <summary>The one order of output: file, line, column, rule id, then the rest for ties.</summary>
internal static class FindingOrder
{
    public static readonly Comparison<Finding> Findings = (a, b) =>
    {
        var order = string.CompareOrdinal(a.Location.File, b.Location.File);
        if (order == 0) { order = a.Location.Start.Line.CompareTo(b.Location.Start.Line); }
        if (order == 0) { order = a.Location.Start.Column.CompareTo(b.Location.Start.Column); }
        if (order == 0) { order = string.CompareOrdinal(a.RuleId, b.RuleId); }
        if (order == 0) { order = string.CompareOrdinal(a.Message, b.Message); }
        if (order == 0) { order = a.Location.End.Offset.CompareTo(b.Location.End.Offset); }
        if (order == 0) { order = string.CompareOrdinal(a.Object.Display, b.Object.Display); }
        return order;
    };

    public static readonly Comparison<InputError> Errors = (a, b) =>
    {
        var order = string.CompareOrdinal(a.File, b.File);
        if (order == 0) { order = a.Line.CompareTo(b.Line); }
        if (order == 0) { order = a.Column.CompareTo(b.Column); }
        if (order == 0) { order = string.CompareOrdinal(a.Message, b.Message); }
        return order;
    };
}
