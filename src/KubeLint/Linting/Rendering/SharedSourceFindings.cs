using KubeLint.Rules;

namespace KubeLint.Linting.Rendering;

/// <summary>
/// One cause, one finding: a source line that several renders build on (a base under each of its
/// overlays, a resource file also linted as it stands) yields the same finding from each of them.
/// Where findings of one rule meet at one place of one file from different origins, only those of
/// one origin are kept: a render before the file itself, the first render by name among several.
/// </summary>
internal static class SharedSourceFindings
{
    public static List<Finding> ReportOnce(List<Finding> findings)
    {
        if (!findings.Exists(f => f.Rendered is not null))
        {
            return findings;
        }

        var originByPlace = new Dictionary<Place, string>();
        foreach (var finding in findings)
        {
            var place = PlaceOf(finding);
            var origin = OriginOf(finding);
            if (!originByPlace.TryGetValue(place, out var chosen) || Prefer(origin, chosen))
            {
                originByPlace[place] = origin;
            }
        }

        return findings.Where(f => originByPlace[PlaceOf(f)] == OriginOf(f)).ToList();
    }

    /// <summary>The rule, the container and the position in the file, however the run spells the file's path.</summary>
    private static Place PlaceOf(Finding finding) =>
        new(finding.RuleId, Path.GetFullPath(finding.Location.File), finding.Location.Start.Line, finding.Location.Start.Column, finding.Container);

    /// <summary>The render a finding came from, or the empty string for a file linted as it stands.</summary>
    private static string OriginOf(Finding finding) => finding.Rendered?.Input ?? string.Empty;

    private static bool Prefer(string candidate, string chosen) =>
        chosen.Length == 0 ? candidate.Length > 0 : candidate.Length > 0 && string.CompareOrdinal(candidate, chosen) < 0;

    private sealed record Place(string RuleId, string File, int Line, int Column, string? Container);
}
