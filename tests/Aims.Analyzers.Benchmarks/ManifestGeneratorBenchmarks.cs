using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Aims.Analyzers.Benchmarks;

/// <summary>
/// The manifest generator alone against compiling the same project (the baseline): a cold run, and a run of the same
/// driver after an edit that changes no governance fact, as the compiler hosts it (Build) and as the IDE does (Ide).
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 6)]
public class ManifestGeneratorBenchmarks
{
    private CSharpCompilation _compilation = null!;
    private GeneratorDriver _warmDriver = null!;
    private CSharpCompilation _edited = null!;

    [ParamsSource(nameof(Projects))]
    public BenchmarkProject Project { get; set; }

    public static IEnumerable<BenchmarkProject> Projects => BenchmarkProjects.With(BenchmarkProject.NoAi, BenchmarkProject.AiDense);

    [Params(GeneratorHost.Build, GeneratorHost.Ide)]
    public GeneratorHost Host { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _compilation = BenchmarkProjects.Create(Project);
        _warmDriver = AimsComponents.Driver(Host).RunGenerators(_compilation);
        _edited = ManifestReport.WithUnrelatedEdit(_compilation);
    }

    [Benchmark(Baseline = true)]
    public int Compile() => _compilation.Clone().GetDiagnostics().Length;

    [Benchmark]
    public GeneratorDriver GenerateCold() => AimsComponents.Driver(Host).RunGenerators(_compilation.Clone());

    [Benchmark]
    public GeneratorDriver GenerateAfterUnrelatedEdit() => _warmDriver.RunGenerators(_edited);
}
