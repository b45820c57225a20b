using KubeLint.Linting.Engine;
using KubeLint.Rules;

namespace KubeLint.Linting.Rendering;

/// <summary>Moves findings on rendered output back to the files they came from.</summary>
internal static class SourceRelocation
{
    public static Func<Finding, Finding> For(IEnumerable<FileOutcome> outcomes)
    {
        var sources = outcomes
            .Select(o => o.Rendered)
            .OfType<RenderedSource>()
            .ToDictionary(r => r.Job.DisplayPath, StringComparer.Ordinal);
        if (sources.Count == 0)
        {
            return static finding => finding;
        }

        foreach (var source in sources.Values)
        {
            source.StopAligningAhead();
        }

        return finding => sources.TryGetValue(finding.Location.File, out var source) ? source.Relocate(finding) : finding;
    }
}
