using System.Diagnostics;
using System.Text.RegularExpressions;
using KubeLint.Tests.Support;

namespace KubeLint.Tests.Linting;

/// <summary>The glob automaton matches what the regular expression translation of the same glob matched.</summary>
public class GlobMatcherTests
{
    private const string GlobAlphabet = "ab/*?[]!-\\.z\n ";
    private const string PathAlphabet = "ab/.z-!][\n ";

    [TestCase(true, true, false)]
    [TestCase(true, true, true)]
    [TestCase(true, false, false)]
    [TestCase(false, false, false)]
    public void Agrees_with_the_regular_expression_translation(bool withinSegment, bool gitSyntax, bool anyFolderFirst)
    {
        var random = new Random(20261130);
        var compared = 0;
        for (var i = 0; i < 20_000; i++)
        {
            var glob = Text(random, GlobAlphabet, 8);
            // Two places the translation was not git: "[!]" (git reads ']' there as a member of the set),
            // and '$' also matching before a final line break.
            if (glob.Contains("[!]", StringComparison.Ordinal))
            {
                continue;
            }

            var reference = Reference(glob, withinSegment, gitSyntax, anyFolderFirst);
            var matcher = GlobMatcher.Compile(glob, withinSegment, gitSyntax, anyFolderFirst);
            Assert.That(matcher is null, Is.EqualTo(reference is null), $"glob {Show(glob)} compiles");
            for (var j = 0; j < 8 && matcher is not null; j++)
            {
                var path = j == 0 ? Sample(random, glob) : Text(random, PathAlphabet, 10);
                if (path.EndsWith('\n'))
                {
                    continue;
                }

                Assert.That(matcher.IsMatch(path), Is.EqualTo(reference!.IsMatch(path)), $"glob {Show(glob)} on {Show(path)}");
                compared++;
            }
        }

        Assert.That(compared, Is.GreaterThan(50_000));
    }

    [TestCase("[!]a]", "b", true)]
    [TestCase("[!]a]", "]", false)]
    [TestCase("[!]a]", "a", false)]
    [TestCase("*.yaml", "x.yaml\n", false)]
    [TestCase("[z-a].yaml", "z.yaml", null)]
    public void Follows_git_where_the_translation_did_not(string glob, string path, bool? expected) =>
        Assert.That(GlobMatcher.Compile(glob, withinSegment: true, gitSyntax: true)?.IsMatch(path), Is.EqualTo(expected));

    [Test]
    public void Matching_a_glob_of_ordinary_size_allocates_nothing()
    {
        var matcher = GlobMatcher.Compile("**/charts/*/templates/[!_]*.yaml", withinSegment: true, gitSyntax: true, anyFolderFirst: true)!;
        _ = matcher.IsMatch("warm/up.yaml");
        var matched = 0;
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1000; i++)
        {
            matched += matcher.IsMatch("deploy/charts/web/templates/deployment.yaml") ? 1 : 0;
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Multiple(() =>
        {
            Assert.That(matched, Is.EqualTo(1000));
            Assert.That(allocated, Is.Zero, "a .gitignore line is matched against every path of a repository");
        });
    }

    [Test]
    public void A_glob_of_a_hundred_thousand_stars_compiles_and_matches_without_exhausting_the_stack()
    {
        var watch = Stopwatch.StartNew();
        var matcher = GlobMatcher.Compile(string.Concat(Enumerable.Repeat("a*", 100_000)) + "b", withinSegment: true, gitSyntax: true)!;

        Assert.Multiple(() =>
        {
            Assert.That(matcher.IsMatch(new string('a', 200)), Is.False);
            Assert.That(watch.Elapsed, Is.LessThan(TimeSpan.FromSeconds(30)), "a generous bound: the work is the glob's length times the path's");
        });
    }

    private static Regex? Reference(string glob, bool withinSegment, bool gitSyntax, bool anyFolderFirst)
    {
        var body = GlobRegex.Translate(glob, withinSegment, gitSyntax);
        try
        {
            return new Regex(anyFolderFirst ? $"^(?:.*/)?{body}$" : $"^{body}$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static string Text(Random random, string alphabet, int maxLength) =>
        new([.. Enumerable.Range(0, random.Next(maxLength + 1)).Select(_ => alphabet[random.Next(alphabet.Length)])]);

    /// <summary>A path likely to match: the glob with its wildcards and brackets replaced by plain characters.</summary>
    private static string Sample(Random random, string glob) =>
        new([.. glob.Where(c => c is not ('[' or ']' or '\\' or '!')).Select(c => c is '*' or '?' ? "ab/"[random.Next(3)] : c)]);

    private static string Show(string text) => text.Replace("\n", "\\n", StringComparison.Ordinal);
}
