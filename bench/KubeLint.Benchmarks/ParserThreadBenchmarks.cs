using BenchmarkDotNet.Attributes;
using KubeLint.Linting;
using KubeLint.Yaml;
using YamlDotNet.Core;

namespace KubeLint.Benchmarks;

/// <summary>
/// Parsing alone over the same files, on one thread and on two: the work is the same, so two threads
/// should take about half the time. With YamlDotNet's parser they do not: it looks every mapping key
/// up in the runtime's intern table (one process-wide lock). KubeLint's own event parser over the
/// same scanner does not.
/// </summary>
public class ParserThreadBenchmarks
{
    private IReadOnlyList<SourceText> _files = [];

    [Params("1MB")]
    public string Size { get; set; } = "1MB";

    [GlobalSetup]
    public void Setup() => _files = BenchmarkCorpus.Load(Size);

    [Benchmark(Baseline = true, Description = "YamlDotNet parser events, one thread")]
    public long OneThread() => Parse(1, text => new YamlDotNetEvents(new Parser(new StringReader(text))));

    [Benchmark(Description = "YamlDotNet parser events, two threads")]
    public long TwoThreads() => Parse(2, text => new YamlDotNetEvents(new Parser(new StringReader(text))));

    [Benchmark(Description = "KubeLint's event parser, one thread")]
    public long OwnOneThread() => Parse(1, text => new ScannerEventParser(new Scanner(new StringReader(text))));

    [Benchmark(Description = "KubeLint's event parser, two threads")]
    public long OwnTwoThreads() => Parse(2, text => new ScannerEventParser(new Scanner(new StringReader(text))));

    private long Parse(int threads, Func<string, IYamlEventSource> parserFor)
    {
        long events = 0;
        Parallel.ForEach(_files, new ParallelOptions { MaxDegreeOfParallelism = threads }, file =>
        {
            long count = 0;
            var parser = parserFor(file.Text);
            while (parser.MoveNext())
            {
                count++;
            }

            Interlocked.Add(ref events, count);
        });
        return events;
    }
}
