using KubeLint.Rules;
using KubeLint.Yaml;

namespace KubeLint.Tests.Rendering.Locations;

/// <summary>One finding's verdict: whether changing the source line it names changes its rendered line.</summary>
/// <param name="Finding">The finding.</param>
/// <param name="Label">How the output was rendered (values file, root).</param>
/// <param name="At">The place judged: the finding's location, or the line of the named template it names.</param>
/// <param name="InNamedTemplate">The place is the line of a named template.</param>
/// <param name="Passed">Changing that line changed the finding's rendered line.</param>
/// <param name="Reason">Why not, when it did not.</param>
internal sealed record OracleVerdict(Finding Finding, string Label, SourceSpan At, bool InNamedTemplate, bool Passed, string Reason);

/// <summary>
/// The mutation oracle of rendered findings' locations: change the source line a finding names
/// (<see cref="TemplateMutation"/>) in a copy of the sources, render again, and check that the
/// finding's rendered line did not survive the change (<see cref="RenderedLineDiff"/>).
/// </summary>
/// <param name="copyRoot">The copy of the sources; findings naming a file outside it fail.</param>
/// <param name="render">Renders an input (a chart, a kustomization root) as it stands; null when it fails.</param>
internal sealed class LocationOracle(string copyRoot, Func<string, string[]?> render)
{
    private readonly Dictionary<string, string[]> _originals = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Input, string File, int Line, int Column), (string[]? After, string WhyNot)> _mutated = [];

    /// <summary>Judges the line <paramref name="at"/> names, for <paramref name="finding"/> on the output of <paramref name="input"/>.</summary>
    public OracleVerdict Judge(Finding finding, string input, string label, SourceSpan at, bool inNamedTemplate)
    {
        var file = at.File;
        if (!file.StartsWith(copyRoot + "/", StringComparison.Ordinal) || !File.Exists(file))
        {
            return new OracleVerdict(finding, label, at, inNamedTemplate, false, "no source location");
        }

        if (!_originals.TryGetValue(input, out var original))
        {
            original = render(input) ?? throw new InvalidOperationException($"{input} ({label}) does not render");
            _originals[input] = original;
        }

        var key = (input, file, at.Start.Line, at.Start.Column);
        if (!_mutated.TryGetValue(key, out var mutated))
        {
            mutated = Mutated(input, file, at.Start.Line, at.Start.Column);
            _mutated[key] = mutated;
        }

        if (mutated.After is null)
        {
            return new OracleVerdict(finding, label, at, inNamedTemplate, false, mutated.WhyNot);
        }

        var survives = RenderedLineDiff.Survives(original, mutated.After, finding.Rendered!.Start.Line - 1);
        return new OracleVerdict(finding, label, at, inNamedTemplate, !survives, survives ? "the rendered line did not change" : "ok");
    }

    private (string[]? After, string WhyNot) Mutated(string input, string file, int line, int column)
    {
        var text = File.ReadAllText(file);
        var lines = text.Split('\n');
        var mutations = line < 1 || line > lines.Length ? [] : TemplateMutation.Mutations(lines[line - 1].TrimEnd('\r'), column).ToList();
        if (mutations.Count == 0)
        {
            return (null, "the named line writes nothing");
        }

        try
        {
            foreach (var changed in mutations)
            {
                lines[line - 1] = changed;
                File.WriteAllText(file, string.Join('\n', lines));
                if (render(input) is { } after)
                {
                    return (after, string.Empty);
                }
            }

            return (null, "the changed source does not render");
        }
        finally
        {
            File.WriteAllText(file, text);
        }
    }
}

/// <summary>Prints the oracle's figures and misses, and says which fall short of the bar.</summary>
internal static class OracleReport
{
    /// <returns>A failure message per group of verdicts under <paramref name="required"/>.</returns>
    public static List<string> Check(string subject, string copyRoot, IReadOnlyList<OracleVerdict> verdicts, int renders, double required = 0.95)
    {
        var failures = new List<string>();
        foreach (var (what, judged) in new[] { ("findings", verdicts.Where(v => !v.InNamedTemplate).ToList()), ("named-template lines", verdicts.Where(v => v.InNamedTemplate).ToList()) })
        {
            if (judged.Count == 0)
            {
                continue;
            }

            var passed = judged.Count(v => v.Passed);
            var ratio = (double)passed / judged.Count;
            var misses = judged.Where(v => !v.Passed)
                .Select(v => $"  {v.Reason}: {v.Finding.RuleId} {v.Finding.Object.Display} {v.Finding.Path} at {Path.GetRelativePath(copyRoot, v.At.File)}:{v.At.Start.Line}:{v.At.Start.Column} (rendered line {v.Finding.Rendered!.Start.Line}, {v.Label})")
                .ToList();
            TestContext.Progress.WriteLine($"locations: {subject}: {what}: {passed} of {judged.Count} ({ratio:P1}) over {renders} renders");
            foreach (var miss in misses.Take(40))
            {
                TestContext.Progress.WriteLine(miss);
            }

            if (ratio < required)
            {
                failures.Add($"{subject}: {what}: {passed} of {judged.Count} at the line that wrote them\n{string.Join('\n', misses.Take(40))}");
            }
        }

        return failures;
    }

    public static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }

        foreach (var folder in Directory.EnumerateDirectories(from))
        {
            CopyFolder(folder, Path.Combine(to, Path.GetFileName(folder)));
        }
    }
}
