using Aims.Analyzers.Benchmarks;
using BenchmarkDotNet.Running;

if (args is ["manifest-report"])
{
    ManifestReport.Print();
    return;
}

if (args is ["profile", .. var rest])
{
    // profile [project] [--policy file.json]
    var policy = rest.SkipWhile(arg => arg != "--policy").Skip(1).FirstOrDefault();
    AnalyzerProfile.Print(rest.TakeWhile(arg => arg != "--policy").FirstOrDefault(), policy is null ? null : PolicyFile.Read(policy));
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(BuildCostBenchmarks).Assembly).Run(args);
