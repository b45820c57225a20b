using BenchmarkDotNet.Attributes;
using KubeLint.Linting;
using YamlDotNet.Core;

namespace KubeLint.Benchmarks;

/// <summary>
/// YamlDotNet's parser alone over the same files, on one thread and on two: the work is the same,
/// so two threads should take about half the time. They do not while the parser looks every mapping
/// key up in the runtime's intern table (one process-wide lock).
/// </summary>
public class ParserThreadBenchmarks
{
    private IReadOnlyList<SourceText> _files = [];

    [Params("1MB")]
    public string Size { get; set; } = "1MB";

    [GlobalSetup]
    public void Setup() => _files = BenchmarkCorpus.Load(Size);

    [Benchmark(Baseline = true, Description = "YamlDotNet parser events, one thread")]
    public long OneThread() => Parse(1);

    [Benchmark(Description = "YamlDotNet parser events, two threads")]
    public long TwoThreads() => Parse(2);

    private long Parse(int threads)
    {
        long events = 0;
        Parallel.ForEach(_files, new ParallelOptions { MaxDegreeOfParallelism = threads }, file =>
        {
            long count = 0;
            var parser = new Parser(new StringReader(file.Text));
            while (parser.MoveNext())
            {
                count++;
            }

            Interlocked.Add(ref events, count);
        });
        return events;
    }
}
