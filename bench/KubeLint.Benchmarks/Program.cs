using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(KubeLint.Benchmarks.LintBenchmarks).Assembly).Run(args);
