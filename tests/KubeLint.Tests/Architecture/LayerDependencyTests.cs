using System.Text;
using System.Text.RegularExpressions;
using KubeLint.Tests.Support;

namespace KubeLint.Tests.Architecture;

/// <summary>
/// The library's layers depend downwards only: Yaml, then Manifests, Rules, Linting, Reporting; the
/// utilities at the library's root (namespace KubeLint) depend on none of them. Read from the source:
/// a using directive or a qualified name of a higher layer in a lower layer's file fails the test.
/// </summary>
public partial class LayerDependencyTests
{
    private static readonly string[] Layers = ["Yaml", "Manifests", "Rules", "Linting", "Reporting"];

    /// <summary>For each layer, the names that can follow it in a qualified name: its sub-namespaces and its types.</summary>
    private static readonly Dictionary<string, HashSet<string>> Members = LayerMembers();

    [Test]
    public void No_layer_uses_a_layer_above_it()
    {
        var library = Path.Combine(RepositoryPaths.Root, "src", "KubeLint");
        var violations = Directory.EnumerateFiles(library, "*.cs", SearchOption.AllDirectories)
            .Where(file => !IsBuildOutput(library, file))
            .SelectMany(file => Violations(library, file))
            .ToList();

        Assert.That(violations, Is.Empty);
    }

    [Test]
    public void The_scan_sees_usings_and_qualified_names_but_not_comments_or_strings()
    {
        const string code = """
            using KubeLint.Linting;
            // uses Reporting.Text in a comment
            namespace KubeLint.Rules;
            class A { string s = "Reporting.Text"; object o = Reporting.TextReportWriter.X; }
            """;

        Assert.That(ReferencedLayers(code + "\nclass B { bool C => Rules.Any(); }"), Is.EquivalentTo(new[] { "Linting", "Reporting" }));
    }

    private static IEnumerable<string> Violations(string library, string file)
    {
        var relative = Path.GetRelativePath(library, file);
        var own = relative.Contains(Path.DirectorySeparatorChar, StringComparison.Ordinal) ? relative[..relative.IndexOf(Path.DirectorySeparatorChar, StringComparison.Ordinal)] : null;
        var rank = own is null ? -1 : Array.IndexOf(Layers, own);
        if (own is not null && rank < 0)
        {
            yield break;
        }

        foreach (var used in ReferencedLayers(File.ReadAllText(file)).Where(layer => Array.IndexOf(Layers, layer) > rank))
        {
            yield return $"{relative.Replace('\\', '/')} ({own ?? "root"}) uses {used}";
        }
    }

    private static IReadOnlySet<string> ReferencedLayers(string code)
    {
        var text = CodeOnly(code);
        return Reference().Matches(text)
            .Where(m => !m.Groups["member"].Success || Members[m.Groups["layer"].Value].Contains(m.Groups["member"].Value))
            .Select(m => m.Groups["layer"].Value)
            .ToHashSet(StringComparer.Ordinal);
    }

    private static Dictionary<string, HashSet<string>> LayerMembers()
    {
        var members = Layers.ToDictionary(layer => layer, _ => new HashSet<string>(StringComparer.Ordinal));
        foreach (var type in typeof(KubeLint.Linting.Linter).Assembly.GetTypes().Where(t => t.Namespace is not null && !t.IsNested))
        {
            var parts = type.Namespace!.Split('.');
            if (parts is ["KubeLint", var layer, ..] && members.TryGetValue(layer, out var names))
            {
                names.Add(parts.Length > 2 ? parts[2] : type.Name.Split('`')[0]);
            }
        }

        return members;
    }

    private static bool IsBuildOutput(string library, string file)
    {
        var first = Path.GetRelativePath(library, file).Split(Path.DirectorySeparatorChar)[0];
        return first is "bin" or "obj";
    }

    /// <summary>The source with comments and the contents of string and character literals blanked out.</summary>
    private static string CodeOnly(string code)
    {
        var result = new StringBuilder(code.Length);
        var i = 0;
        while (i < code.Length)
        {
            if (code[i] == '/' && i + 1 < code.Length && code[i + 1] == '/')
            {
                while (i < code.Length && code[i] != '\n')
                {
                    i++;
                }
            }
            else if (code[i] == '/' && i + 1 < code.Length && code[i + 1] == '*')
            {
                var end = code.IndexOf("*/", i + 2, StringComparison.Ordinal);
                i = end < 0 ? code.Length : end + 2;
            }
            else if (code.AsSpan(i).StartsWith("\"\"\""))
            {
                var end = code.IndexOf("\"\"\"", i + 3, StringComparison.Ordinal);
                i = end < 0 ? code.Length : end + 3;
                result.Append("\"\"");
            }
            else if (code[i] is '"' or '\'')
            {
                var quote = code[i];
                var verbatim = i > 0 && code[i - 1] == '@';
                i++;
                while (i < code.Length && code[i] != quote)
                {
                    i += !verbatim && code[i] == '\\' ? 2 : 1;
                }

                i++;
                result.Append(quote).Append(quote);
            }
            else
            {
                result.Append(code[i]);
                i++;
            }
        }

        return result.ToString();
    }

    [GeneratedRegex(@"(?<![\w.])(?:KubeLint\.)?(?<layer>Yaml|Manifests|Rules|Linting|Reporting)\.(?<member>[A-Z]\w*)|using KubeLint\.(?<layer>Yaml|Manifests|Rules|Linting|Reporting)\b")]
    private static partial Regex Reference();
}
