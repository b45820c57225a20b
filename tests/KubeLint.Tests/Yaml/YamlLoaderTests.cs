using KubeLint.Yaml;

namespace KubeLint.Tests.Yaml;

public class YamlLoaderTests
{
    [Test]
    public void Nodes_know_their_positions_and_paths()
    {
        var root = (YamlMapping)YamlLoader.Load("a:\n  b:\n    - x: 1\n    - y: two\n").Documents[0].Root;
        var y = ((YamlMapping)((YamlSequence)((YamlMapping)root["a"]!)["b"]!)[1])["y"]!;
        Assert.Multiple(() =>
        {
            Assert.That(y.Start, Is.EqualTo(new SourcePosition(4, 10, 28)));
            Assert.That(y.End.Column, Is.EqualTo(13));
            Assert.That(y.Path, Is.EqualTo("a.b[1].y"));
            Assert.That(y.FindingRange.Start, Is.EqualTo(new SourcePosition(4, 7, 25)));
        });
    }

    [Test]
    public void Keys_with_dots_are_bracketed_in_paths()
    {
        var root = (YamlMapping)YamlLoader.Load("metadata:\n  annotations:\n    ignore.kubelint.io/KL3001: why\n").Documents[0].Root;
        var value = root.GetMapping("metadata")!.GetMapping("annotations")!["ignore.kubelint.io/KL3001"]!;
        Assert.That(value.Path, Is.EqualTo("metadata.annotations['ignore.kubelint.io/KL3001']"));
    }

    [Test]
    public void Block_collections_end_at_their_last_child_not_at_the_next_token()
    {
        var root = (YamlMapping)YamlLoader.Load("a:\n  b: 1\n\n\nc: 2\n").Documents[0].Root;
        Assert.That(root["a"]!.End.Line, Is.EqualTo(2));
    }

    [Test]
    public void Multi_document_streams_number_the_documents_kubectl_reads_and_skip_empty_ones()
    {
        var content = YamlLoader.Load("---\n# only a comment\n---\na: 1\n---\n---\nb: 2\n...\n");
        Assert.Multiple(() =>
        {
            Assert.That(content.Errors, Is.Empty);
            Assert.That(content.Documents.Select(d => d.Index), Is.EqualTo(new[] { 0, 1 }));
        });
    }

    [Test]
    public void Merge_keys_bring_in_anchored_entries_with_their_original_positions()
    {
        const string yaml = """
            base: &base
              runAsNonRoot: true
              runAsUser: 1000
            override:
              <<: *base
              runAsUser: 0
            """;
        var root = (YamlMapping)YamlLoader.Load(yaml).Documents[0].Root;
        var merged = root.GetMapping("override")!;
        Assert.Multiple(() =>
        {
            Assert.That(merged.GetString("runAsUser"), Is.EqualTo("0"), "explicit keys win over merged ones");
            Assert.That(merged.GetScalar("runAsNonRoot")!.Start.Line, Is.EqualTo(2), "merged keys keep the anchor's position");
            Assert.That(merged["<<"], Is.Null, "the merge key itself is not an entry");
        });
    }

    [Test]
    public void Merge_from_a_sequence_prefers_earlier_mappings()
    {
        var root = (YamlMapping)YamlLoader.Load("a: &a {x: 1}\nb: &b {x: 2, y: 3}\nc:\n  <<: [*a, *b]\n").Documents[0].Root;
        var c = root.GetMapping("c")!;
        Assert.Multiple(() =>
        {
            Assert.That(c.GetString("x"), Is.EqualTo("1"));
            Assert.That(c.GetString("y"), Is.EqualTo("3"));
        });
    }

    [Test]
    public void Aliases_are_the_anchored_node()
    {
        var root = (YamlMapping)YamlLoader.Load("a: &sc {privileged: true}\nb: *sc\n").Documents[0].Root;
        Assert.That(root["b"], Is.SameAs(root["a"]));
    }

    [Test]
    public void A_duplicate_key_is_an_error_at_the_second_key_and_the_last_value_is_read_as_kubectl_reads_it()
    {
        var content = YamlLoader.Load("a: 1\nb: 2\na: 3\n---\nc: 4\n");
        Assert.Multiple(() =>
        {
            Assert.That(content.Errors, Has.Count.EqualTo(1));
            Assert.That(content.Errors[0].Position.Line, Is.EqualTo(3));
            Assert.That(content.Errors[0].Message, Does.Contain("duplicate key \"a\" (first at line 1)"));
            Assert.That(content.Documents, Has.Count.EqualTo(2));
            Assert.That(((YamlMapping)content.Documents[0].Root).GetString("a"), Is.EqualTo("3"));
        });
    }

    [Test]
    public void Duplicate_keys_are_found_in_large_mappings_too()
    {
        var yaml = string.Concat(Enumerable.Range(0, 40).Select(i => $"k{i}: {i}\n")) + "k7: again\n";
        Assert.That(YamlLoader.Load(yaml).Errors.Single().Message, Does.Contain("duplicate key \"k7\""));
    }

    [Test]
    public void A_syntax_error_skips_to_the_next_document_with_positions_in_the_whole_file()
    {
        var content = YamlLoader.Load("a: 1\n---\nb: [1,\nc: 2\n---\nd: 4\n---\ne: 5\n");
        Assert.Multiple(() =>
        {
            Assert.That(content.Errors, Has.Count.EqualTo(1));
            Assert.That(content.Errors[0].Position.Line, Is.GreaterThanOrEqualTo(3));
            Assert.That(content.Errors[0].Message, Does.StartWith("invalid YAML"));
            var keys = content.Documents.Select(d => ((YamlMapping)d.Root).Entries[0].KeyText).ToArray();
            Assert.That(keys, Is.EqualTo(new[] { "a", "d", "e" }));
            Assert.That(content.Documents[^1].Root.Start.Line, Is.EqualTo(8));
        });
    }

    [Test]
    public void An_undefined_alias_is_an_error()
    {
        var content = YamlLoader.Load("a: *nothing\n");
        Assert.That(content.Errors.Single().Message, Does.Contain("*nothing"));
    }

    [Test]
    public void Crlf_line_endings_give_the_same_lines_and_columns()
    {
        var lf = (YamlMapping)YamlLoader.Load("a:\n  b: yes\n").Documents[0].Root;
        var crlf = (YamlMapping)YamlLoader.Load("a:\r\n  b: yes\r\n").Documents[0].Root;
        var lfNode = lf.GetMapping("a")!["b"]!;
        var crlfNode = crlf.GetMapping("a")!["b"]!;
        Assert.That((crlfNode.Start.Line, crlfNode.Start.Column), Is.EqualTo((lfNode.Start.Line, lfNode.Start.Column)));
    }

    [Test]
    public void Json_with_tab_indentation_loads()
    {
        var content = YamlLoader.Load("{\n\t\"apiVersion\": \"v1\",\n\t\"kind\": \"Pod\",\n\t\"spec\": {\"hostNetwork\": true}\n}\n");
        var root = (YamlMapping)content.Documents.Single().Root;
        Assert.Multiple(() =>
        {
            Assert.That(content.Errors, Is.Empty);
            Assert.That(root.GetMapping("spec")!.GetScalar("hostNetwork")!.TryGetBoolean(out var value) && value, Is.True);
            Assert.That(root.GetScalar("kind")!.Start.Line, Is.EqualTo(3));
        });
    }

    [Test]
    public void Literal_block_scalars_with_indented_leading_blank_lines_load_despite_the_yamldotnet_bug()
    {
        var yaml = "data:\n  config.yaml: |\n    \n    nginx_config:\n      error_log: /dev/stderr\nkind: ConfigMap\n";
        var content = YamlLoader.Load(yaml);
        var root = (YamlMapping)content.Documents.Single().Root;
        Assert.Multiple(() =>
        {
            Assert.That(content.Errors, Is.Empty);
            Assert.That(root.GetMapping("data")!.GetString("config.yaml"), Does.Contain("nginx_config:"));
            Assert.That(root.GetScalar("kind")!.Start.Line, Is.EqualTo(6), "lines are unchanged by the workaround");
        });
    }

    [Test]
    public void A_collection_used_as_a_key_is_recorded_on_its_document()
    {
        var document = YamlLoader.Load("metadata:\n  name: etcd-{{cell}}\nspec:\n  replicas: {{replicas}}\n").Documents.Single();
        Assert.That(document.FirstNonScalarKey?.Line, Is.EqualTo(4));
    }
}
