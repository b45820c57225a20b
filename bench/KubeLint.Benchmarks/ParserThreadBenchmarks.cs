using BenchmarkDotNet.Attributes;
using KubeLint.Linting;
using KubeLint.Yaml;
using YamlDotNet.Core;

namespace KubeLint.Benchmarks;

/// <summary>
/// Parsing alone over the same files, on one thread and on two: the work is the same, so two threads
/// should take about half the time. With YamlDotNet's scanner they do not: it rents up to four
/// StringBuilders per scalar from one pool shared by the whole process, and alone takes as long on
/// two threads as on one. KubeLint's own scanner shares nothing between threads.
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

    [Benchmark(Description = "YamlDotNet scanner tokens, one thread")]
    public long ScannerOneThread() => Parse(1, text => new ScannerTokens(new Scanner(new StringReader(text))));

    [Benchmark(Description = "YamlDotNet scanner tokens, two threads")]
    public long ScannerTwoThreads() => Parse(2, text => new ScannerTokens(new Scanner(new StringReader(text))));

    [Benchmark(Description = "KubeLint's event parser over YamlDotNet's scanner, one thread")]
    public long OwnOneThread() => Parse(1, text => new ScannerEventParser(new Scanner(new StringReader(text))));

    [Benchmark(Description = "KubeLint's event parser over YamlDotNet's scanner, two threads")]
    public long OwnTwoThreads() => Parse(2, text => new ScannerEventParser(new Scanner(new StringReader(text))));

    [Benchmark(Description = "KubeLint's scanner and event parser, one thread")]
    public long OwnScannerOneThread() => Parse(1, text => new ScannerEventParser(new ManifestScanner(text, 0, text.Length)));

    [Benchmark(Description = "KubeLint's scanner and event parser, two threads")]
    public long OwnScannerTwoThreads() => Parse(2, text => new ScannerEventParser(new ManifestScanner(text, 0, text.Length)));

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

    /// <summary>The scanner's tokens counted as events, to time the scanner alone.</summary>
    private sealed class ScannerTokens(Scanner scanner) : IYamlEventSource
    {
        private readonly YamlEvent _none;

        public ref readonly YamlEvent Current => ref _none;

        public bool MoveNext() => scanner.MoveNext();
    }
}
