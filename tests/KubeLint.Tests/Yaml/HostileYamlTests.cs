using System.Diagnostics;
using System.Text;
using KubeLint.Yaml;

namespace KubeLint.Tests.Yaml;

public class HostileYamlTests
{
    [Test]
    public void Deep_flow_nesting_is_an_error_with_position_not_a_stack_overflow()
    {
        var yaml = new string('[', 20_000) + new string(']', 20_000) + "\n---\nafter: 1\n";
        var content = YamlLoader.Load(yaml);
        Assert.Multiple(() =>
        {
            Assert.That(content.Errors.Single().Message, Does.Contain("nesting is deeper than 1000 levels"));
            Assert.That(content.Errors[0].Position.Line, Is.EqualTo(1));
            Assert.That(content.Documents.Single().Root, Is.InstanceOf<YamlMapping>(), "the next document is still read");
        });
    }

    [Test]
    public void Deep_block_nesting_is_an_error()
    {
        var builder = new StringBuilder();
        for (var i = 0; i < 20_000; i++)
        {
            builder.Append(' ', i).Append("a:\n");
        }

        builder.Append(' ', 20_000).Append("b\n");
        Assert.That(YamlLoader.Load(builder.ToString()).Errors.Single().Message, Does.Contain("nesting is deeper"));
    }

    [Test]
    public void A_billion_laughs_alias_bomb_is_refused_quickly()
    {
        var builder = new StringBuilder("a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (var level = 1; level <= 10; level++)
        {
            var previous = $"*a{level - 1}";
            builder.Append($"a{level}: &a{level} [{string.Join(", ", Enumerable.Repeat(previous, 9))}]\n");
        }

        var stopwatch = Stopwatch.StartNew();
        var content = YamlLoader.Load(builder.ToString());
        stopwatch.Stop();
        Assert.Multiple(() =>
        {
            Assert.That(content.Errors.Single().Message, Does.Contain("alias bomb"));
            Assert.That(content.Documents, Is.Empty);
            Assert.That(stopwatch.Elapsed, Is.LessThan(TimeSpan.FromSeconds(5)));
        });
    }

    [Test]
    public void Moderate_alias_reuse_is_fine()
    {
        var yaml = "sc: &sc {runAsNonRoot: true}\n" + string.Concat(Enumerable.Range(0, 100).Select(i => $"c{i}: *sc\n"));
        Assert.That(YamlLoader.Load(yaml).Errors, Is.Empty);
    }

    [Test]
    public void The_document_count_limit_stops_reading_with_an_error()
    {
        var yaml = string.Concat(Enumerable.Repeat("a: 1\n---\n", 50));
        var content = YamlLoader.Load(yaml, YamlLimits.Default with { MaxDocuments = 10 });
        Assert.Multiple(() =>
        {
            Assert.That(content.Documents, Has.Count.EqualTo(10));
            Assert.That(content.Errors.Single().Message, Does.Contain("more than 10 documents"));
        });
    }
}
