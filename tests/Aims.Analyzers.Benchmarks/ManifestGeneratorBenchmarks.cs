using Aims.Analyzers.Generator;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Aims.Analyzers.Benchmarks;

/// <summary>
/// The manifest generator on 1,000 systems and 10,000 call sites: a cold run, and a run after an edit that changes no
/// governance fact, against compiling the same project (the baseline).
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 6)]
public class ManifestGeneratorBenchmarks
{
    private CSharpCompilation _compilation = null!;
    private GeneratorDriver _warmDriver = null!;
    private CSharpCompilation _edited = null!;

    [GlobalSetup]
    public void Setup()
    {
        _compilation = GeneratedInventory.Create();
        _warmDriver = NewDriver().RunGenerators(_compilation);
        _edited = ManifestReport.WithUnrelatedEdit(_compilation);
    }

    [Benchmark(Baseline = true)]
    public int Compile() => _compilation.Clone().GetDiagnostics().Length;

    [Benchmark]
    public GeneratorDriver GenerateCold() => NewDriver().RunGenerators(_compilation.Clone());

    [Benchmark]
    public GeneratorDriver GenerateAfterUnrelatedEdit() => _warmDriver.RunGenerators(_edited);

    internal static GeneratorDriver NewDriver() => CSharpGeneratorDriver.Create(
        [new AimsManifestGenerator().AsSourceGenerator()],
        driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
}
