using CsCheck;
using KubeLint.Tests.Fuzzing;
using KubeLint.Tests.Support;
using KubeLint.Yaml;
using YamlDotNet.Core;

namespace KubeLint.Tests.Yaml;

/// <summary>
/// Our event parser, over YamlDotNet's scanner and over our own, against YamlDotNet's parser: wherever
/// ours reads a text to the end, YamlDotNet's must read it too and give the same events (kinds,
/// values, styles, anchors, tags, and every position). Whatever ours leaves to YamlDotNet is read
/// again by it, so only agreement matters.
/// </summary>
public class YamlDotNetAgreementTests
{
    /// <summary>Whether our parser read the text over YamlDotNet's scanner, and over ours (as the loader reads it).</summary>
    private readonly record struct Agreement(bool OverYamlDotNetScanner, bool OverOwnScanner);

    /// <summary>The events ours gives, or null when it leaves the text to YamlDotNet's parser.</summary>
    private static List<YamlEvent>? Ours(string text, bool ownScanner)
    {
        try
        {
            IScanner scanner = ownScanner ? new ManifestScanner(text, 0, text.Length) : new Scanner(new StringReader(text));
            return Drain(new ScannerEventParser(scanner));
        }
        catch (Exception)
        {
            // The loader reads the text again with YamlDotNet's parser after any failure of ours.
            return null;
        }
    }

    private static List<YamlEvent>? Reference(string text)
    {
        try
        {
            return Drain(new YamlDotNetEvents(new Parser(new StringReader(text))));
        }
        catch (Exception e) when (e is YamlException or InvalidOperationException or ArgumentException or FormatException or OverflowException)
        {
            return null;
        }
    }

    private static List<YamlEvent> Drain(IYamlEventSource source)
    {
        var events = new List<YamlEvent>();
        while (source.MoveNext())
        {
            events.Add(source.Current);
        }

        return events;
    }

    /// <summary>Checks that ours agrees with YamlDotNet wherever it reads the text, over either scanner.</summary>
    private static Agreement AssertAgrees(string text, string name = "input") =>
        new(AssertAgrees(text, name, ownScanner: false), AssertAgrees(text, name, ownScanner: true));

    private static bool AssertAgrees(string text, string name, bool ownScanner)
    {
        if (Ours(text, ownScanner) is not { } ours)
        {
            return false;
        }

        // Thrown, not asserted, so that the fuzzer can shrink the input and show why.
        var over = ownScanner ? "over our scanner" : "over YamlDotNet's scanner";
        var reference = Reference(text)
            ?? throw new InvalidOperationException($"{name}: our parser {over} read a text YamlDotNet's parser refuses:\n{text}");
        for (var i = 0; i < Math.Max(ours.Count, reference.Count); i++)
        {
            var (mine, theirs) = (ours.ElementAtOrDefault(i), reference.ElementAtOrDefault(i));
            if (i >= ours.Count || i >= reference.Count || mine != theirs)
            {
                throw new InvalidOperationException($"{name}: event {i} differs {over}:\n ours:       {(i < ours.Count ? mine : "none")}\n YamlDotNet: {(i < reference.Count ? theirs : "none")}\n{text}");
            }
        }

        return true;
    }

    [TestCase("apiVersion: v1\nkind: Pod\nmetadata:\n  name: a\n  labels: {app: x, tier: 'web'}\n")]
    [TestCase("spec:\n  containers:\n  - name: a\n    args: [\"-v\", --x]\n  - name: b\n    env:\n      - name: A\n        value: \"1\"\n")]
    [TestCase("a:\nb: ~\nc: []\nd: {}\ne:\n- \n- ~\n")]
    [TestCase("---\na: 1\n---\nb: 2\n...\n---\n- x\n- y\n")]
    [TestCase("--- |\n  literal\n  text\n--- >-\n  folded\n  text\n")]
    [TestCase("base: &base {runAsNonRoot: true}\nc1: *base\nc2:\n  <<: *base\n  extra: &e yes\n  again: *e\n")]
    [TestCase("s: !!str 1\nb: !!binary aGk=\nl: !local x\nv: !<tag:yaml.org,2002:int> 3\nt: !!map {a: b}\ne: !!null\n")]
    [TestCase("? complex\n: value\n? [a, b]\n: c\n")]
    [TestCase("seq:\n- - a\n  - b\n- {x: [1, {y: z}], w: }\n- ''\n- \"\"\n-\n")]
    [TestCase("# only a comment\n")]
    [TestCase("")]
    [TestCase("plain\n")]
    [TestCase("a: 1 # comment\n# between\nb: &anchor\n  c: d\n")]
    [TestCase("{\"apiVersion\": \"v1\", \"kind\": \"List\", \"items\": [{\"kind\": \"Pod\"}, {}]}\n")]
    [TestCase("a: &x\nb: *x\n")]
    [TestCase("--- &root\na: b\n...\n")]
    [TestCase("k: v\n...\n---\n")]
    public void Reads_the_yaml_of_manifests_as_YamlDotNet_does(string text) =>
        Assert.That(AssertAgrees(text).OverYamlDotNetScanner, Is.True, "our parser left this text to YamlDotNet's");

    [TestCase("apiVersion: v1\nkind: Pod\nmetadata:\n  name: a\n  labels: {app: x, tier: 'web'}\n")]
    [TestCase("spec:\n  containers:\n  - name: a\n    args: [\"-v\", --x, 'it''s', \"\\u00e9\\t\\\"\"]\n  - name: b\n    env:\n      - name: A\n        value: \"1\"\n")]
    [TestCase("a:\nb: ~\nc: []\nd: {}\ne:\n- \n- ~\n")]
    [TestCase("---\na: 1\n---\nb: 2\n---\n- x\n- y\n")]
    [TestCase("--- |\n  literal\n  text\n--- >-\n  folded\n  text\n\n  more\n    indented\n")]
    [TestCase("data:\n  script.sh: |\n    #!/bin/sh\n\n    echo \"a: b\" # not a comment\n    a\tb\n  keep: |+\n    a\n\n  strip: |2-\n      two more\n  last: >\n    folded\n")]
    [TestCase("base: &base {runAsNonRoot: true}\nc1: *base\nc2:\n  <<: *base\n  extra: &e yes\n  again: *e\n")]
    [TestCase("seq:\n- - a\n  - b\n- {x: [1, {y: z}], w: }\n- ''\n- \"\"\n-\n")]
    [TestCase("# only a comment\n")]
    [TestCase("")]
    [TestCase("plain\n")]
    [TestCase("a: 1 # comment\n# between\nb: &anchor\n  c: d\nurl: http://x:80/a#b\nk: a - b\n")]
    [TestCase("{\"apiVersion\": \"v1\", \"kind\": \"List\", \"items\": [{\"kind\": \"Pod\"}, {}]}\n")]
    [TestCase("a: &x\nb: *x\n")]
    [TestCase("key:    value   \nother:\n\n\n  nested: 1\nno-newline: at end")]
    [TestCase("description: a plain scalar   \n  folded over\n\n  three lines\nnext: 1\n")]
    [TestCase("q: 'single  \n   quoted\n\n  ''lines'''\nd: \"double \\\n  escaped break\\t \\x41\n\n\n  end\"\n")]
    [TestCase("flow: [a\n  b, {c: d\n   e}]\n")]
    [TestCase("crlf: 1\r\nblock: |\r\n  x\r\n\r\n  y\r\nq: \"a\r\n  b\"\r\np: c\r\n  d\r\n---\r\n- e\r\n")]
    [TestCase("cr: 1\rblock: >\r  x\r  y\rlist:\r- a\r")]
    public void Our_scanner_reads_the_yaml_of_manifests_as_YamlDotNet_does(string text) =>
        Assert.That(AssertAgrees(text).OverOwnScanner, Is.True, "our scanner left this text to YamlDotNet's");

    [Test]
    public void Our_scanner_looks_for_what_it_leaves_to_YamlDotNet_only_near_what_it_reads()
    {
        // After an invalid document the loader reads on from the next one; had each reading looked
        // through the rest of the file first, a file of many invalid documents would be quadratic.
        var text = "a: 1\n---\n#" + new string('x', 100_000) + "\u2028\n";
        var parser = new ScannerEventParser(new ManifestScanner(text, 0, text.Length));
        var firstDocument = new List<YamlEventKind>();
        while (firstDocument.LastOrDefault(YamlEventKind.Alias) != YamlEventKind.DocumentEnd && parser.MoveNext())
        {
            firstDocument.Add(parser.Current.Kind);
        }

        Assert.Multiple(() =>
        {
            Assert.That(firstDocument, Is.EqualTo(new[]
            {
                YamlEventKind.DocumentStart, YamlEventKind.MappingStart, YamlEventKind.Scalar, YamlEventKind.Scalar,
                YamlEventKind.MappingEnd, YamlEventKind.DocumentEnd,
            }));
            Assert.That(() => Drain(parser), Throws.TypeOf<UnsupportedYamlException>(), "the line separator is still left to YamlDotNet");
        });
    }

    [TestCase("%YAML 1.2\n---\na: 1\n", TestName = "A version directive")]
    [TestCase("%TAG !e! tag:example.com,2000:\n---\na: !e!x 1\n", TestName = "A tag directive")]
    [TestCase("[a: b, c]\n", TestName = "An implicit pair in a flow sequence")]
    [TestCase("{a, b: c}\n", TestName = "A flow mapping entry without a value")]
    [TestCase("a: [b\n", TestName = "An unclosed flow sequence")]
    [TestCase("a: b: c\n", TestName = "A value that is not allowed")]
    [TestCase("a:\n  - b\n c: d\n", TestName = "Bad indentation")]
    [TestCase("a: *nowhere\n", TestName = "An alias to nothing reads, the builder reports it")]
    public void Leaves_to_YamlDotNet_what_it_does_not_read_the_same_way(string text)
    {
        var agreed = AssertAgrees(text);
        if (text.Contains("*nowhere", StringComparison.Ordinal))
        {
            Assert.That(agreed, Is.EqualTo(new Agreement(true, true)));
        }
    }

    [Test]
    public void Agrees_on_every_file_of_the_shared_corpus_and_fixtures()
    {
        var files = new[] { "corpus", "pss-fixtures", "charts" }
            .SelectMany(folder => Directory.EnumerateFiles(RepositoryPaths.RequireShared(folder), "*", SearchOption.AllDirectories))
            .Where(path => path.EndsWith(".yaml", StringComparison.Ordinal) || path.EndsWith(".yml", StringComparison.Ordinal) || path.EndsWith(".json", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();
        var (read, readOverOwnScanner) = (0, 0);
        foreach (var path in files)
        {
            var agreement = AssertAgrees(File.ReadAllText(path), path);
            read += agreement.OverYamlDotNetScanner ? 1 : 0;
            readOverOwnScanner += agreement.OverOwnScanner ? 1 : 0;
        }

        TestContext.Out.WriteLine($"of {files.Count:N0} files, our parser read {read:N0} over YamlDotNet's scanner and {readOverOwnScanner:N0} over ours; YamlDotNet read the rest");
        Assert.That(read, Is.GreaterThan(files.Count * 8 / 10), "most real files are read by our parser");
        Assert.That(readOverOwnScanner, Is.GreaterThan(files.Count * 7 / 10), "most real files are read by our scanner");
    }

    /// <summary>Checks agreement on generated texts and says how many our scanner and parser read.</summary>
    private static void AssertAgreesOn(Gen<string> texts, int count, string what)
    {
        var read = 0;
        texts.Sample(
            text =>
            {
                if (AssertAgrees(text).OverOwnScanner)
                {
                    Interlocked.Increment(ref read);
                }
            },
            iter: count);
        TestContext.Out.WriteLine($"our scanner and parser read {read:N0} of {count:N0} {what}; YamlDotNet read the rest");
    }

    [Test]
    public void Agrees_on_generated_hostile_yaml() => AssertAgreesOn(YamlFuzzGen.Manifest, 3_000, "generated texts");

    [Test]
    public void Agrees_on_sample_manifests_damaged_with_yaml_punctuation()
    {
        var samples = Directory.EnumerateFiles(RepositoryPaths.Samples, "*.yaml", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(File.ReadAllText)
            .ToArray();
        var edit = Gen.Select(Gen.Int[0, int.MaxValue], Gen.Int[0, 3], Gen.Char["-:?[]{},&*!|>'\"#%@` \n\r\t.~"]);
        var damaged = Gen.Select(Gen.Int[0, samples.Length - 1], edit.Array[1, 6]).Select((index, edits) =>
        {
            var text = samples[index];
            foreach (var (at, width, character) in edits)
            {
                var start = at % (text.Length + 1);
                text = text.Remove(start, Math.Min(width, text.Length - start)).Insert(start, character.ToString());
            }

            return text;
        });
        AssertAgreesOn(damaged, 5_000, "damaged samples");
    }

    [Test]
    public void Agrees_on_short_texts_of_yaml_punctuation() =>
        AssertAgreesOn(Gen.Char["ab:- \n\r\u2028\u0085[]{},'\"|>#&*?!.\\+2"].Array[0, 40].Select(chars => new string(chars)), 20_000, "short texts");

    [Test]
    public void Agrees_on_every_prefix_of_a_manifest_with_every_construct()
    {
        const string Text = "---\n# c\na: &a {b: [1, 'two', \"three\"], c: }\nd: *a\ne:\n- f\n- ? g\n  : h\n- - i\n  -\ni: |\n  x\n  y\nj: >-\n  z\nk: !!str 1\n...\n--- x\n";
        for (var length = 0; length <= Text.Length; length++)
        {
            AssertAgrees(Text[..length], $"prefix of {length} characters");
        }
    }

    [Test]
    public void A_text_left_to_YamlDotNet_after_documents_were_read_counts_each_document_once()
    {
        var content = YamlLoader.Load("a: 1\n---\nb: 2\n---\nc: [x: y]\n");
        Assert.Multiple(() =>
        {
            Assert.That(content.Errors, Is.Empty);
            Assert.That(content.Documents.Select(d => d.Index), Is.EqualTo(new[] { 0, 1, 2 }));
        });
    }

    [Test]
    public void A_text_read_again_gives_back_what_its_aliases_took_from_the_run()
    {
        var limits = YamlLimits.Default with { RunBudget = new AliasBudget(10) };
        var text = "a: &a [1, 2, 3]\nb: *a\nc: *a\nd: [x: y]\n";
        var first = YamlLoader.Load(text, limits);
        var second = YamlLoader.Load(text, limits);
        Assert.Multiple(() =>
        {
            Assert.That(first.Errors, Is.Empty, "the first read spends 8 of 10, once");
            Assert.That(second.Errors.Single().Message, Does.Contain("aliases expand the files of this run"));
        });
    }
}
