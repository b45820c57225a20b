using System.Diagnostics;
using CsCheck;
using KubeLint.Linting.Discovery;

namespace KubeLint.Tests.Linting;

public class GitIgnorePatternTests
{
    [TestCase("*.yaml", "deploy/app.yaml", false, true)]
    [TestCase("/build", "build", true, true)]
    [TestCase("/build", "src/build", true, false)]
    [TestCase("vendor/", "vendor", false, false)]
    [TestCase("vendor/", "a/vendor", true, true)]
    [TestCase("docs/**/*.yaml", "docs/a/b/c.yaml", false, true)]
    [TestCase("file[0-9].yaml", "file7.yaml", false, true)]
    [TestCase("file[!0-9].yaml", "file7.yaml", false, false)]
    public void Matches_as_git_does(string line, string path, bool isDirectory, bool expected) =>
        Assert.That(GitIgnorePattern.Parse(line)!.Matches(path, isDirectory), Is.EqualTo(expected));

    [Test]
    public void A_hostile_pattern_from_a_pull_request_matches_in_linear_time()
    {
        // A backtracking engine tries every way to split the a's among the stars: a time bomb in
        // a .gitignore, and a wall-clock timeout would make the outcome depend on machine load.
        var pattern = GitIgnorePattern.Parse(string.Concat(Enumerable.Repeat("a*", 12)) + "b")!;
        var path = new string('a', 5_000);

        var watch = Stopwatch.StartNew();
        var matched = pattern.Matches(path, isDirectory: false);

        Assert.Multiple(() =>
        {
            Assert.That(matched, Is.False);
            Assert.That(watch.Elapsed, Is.LessThan(TimeSpan.FromSeconds(10)), "a generous bound: linear matching takes milliseconds");
        });
    }

    [TestCase("[z-a].yaml")]
    [TestCase("[a-]x")]
    [TestCase("[]]")]
    [TestCase("[\\]")]
    [TestCase("[!]")]
    [TestCase("\\")]
    public void A_line_git_would_not_understand_is_ignored_rather_than_fatal(string line) =>
        Assert.That(() => GitIgnorePattern.Parse(line)?.Matches("x.yaml", isDirectory: false), Throws.Nothing);

    [Test]
    public void No_line_of_a_gitignore_stops_the_run()
    {
        var line = Gen.Char["[]!*?\\/-az^#. "].Array[0, 16].Select(chars => new string(chars));
        line.Sample(text => GitIgnorePattern.Parse(text)?.Matches("a/b-z.yaml", isDirectory: false), iter: 5_000);
    }
}
