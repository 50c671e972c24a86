using Aims.Analyzers.Benchmarks;
using BenchmarkDotNet.Running;

if (args is ["manifest-report"])
{
    ManifestReport.Print();
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(BuildCostBenchmarks).Assembly).Run(args);
