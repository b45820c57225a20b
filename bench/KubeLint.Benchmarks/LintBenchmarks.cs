using BenchmarkDotNet.Attributes;
using KubeLint.Linting;
using KubeLint.Linting.Rendering;
using KubeLint.Yaml;
using YamlDotNet.RepresentationModel;

namespace KubeLint.Benchmarks;

/// <summary>
/// Steady state over the same in-memory manifests: YamlDotNet's own YamlStream (the ceiling on this
/// stack), KubeLint's positioned tree, and the full lint (tree, every rule, the cross-object phase).
/// </summary>
[MemoryDiagnoser]
public class LintBenchmarks
{
    private IReadOnlyList<SourceText> _files = [];
    private Linter _linter = null!;

    [Params("1MB")]
    public string Size { get; set; } = "1MB";

    [GlobalSetup]
    public void Setup()
    {
        _files = BenchmarkCorpus.Load(Size);
        _linter = new Linter();
    }

    [Benchmark(Baseline = true, Description = "YamlDotNet YamlStream parse")]
    public int YamlStreamParse()
    {
        var documents = 0;
        foreach (var file in _files)
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(file.Text));
            documents += stream.Documents.Count;
        }

        return documents;
    }

    [Benchmark(Description = "KubeLint positioned tree")]
    public int KubeLintTree()
    {
        var documents = 0;
        foreach (var file in _files)
        {
            documents += YamlLoader.Load(file.Text).Documents.Count;
        }

        return documents;
    }

    [Benchmark(Description = "Full lint, one thread")]
    public int FullLint() =>
        _linter.Lint(new LintRequest { Texts = _files, UseConfigFiles = false, Render = new RenderOptions { Enabled = false }, MaxDegreeOfParallelism = 1 }).Findings.Count;
}
