using Aims.Analyzers.Benchmarks;
using BenchmarkDotNet.Running;

if (args is ["manifest-report"])
{
    ManifestReport.Print();
    return;
}

if (args is ["profile", .. var only])
{
    AnalyzerProfile.Print(only.FirstOrDefault());
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(BuildCostBenchmarks).Assembly).Run(args);
