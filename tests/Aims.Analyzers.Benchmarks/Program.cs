using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(Aims.Analyzers.Benchmarks.AnalyzerCostBenchmarks).Assembly).Run(args);
