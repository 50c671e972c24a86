using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Aims.Analyzers.Benchmarks;

/// <summary>
/// What the package adds to a build of 1,000 files, in time and allocations: the baseline compiles and runs the analyzer
/// driver with an analyzer that registers nothing (every analyzer package pays that driver), the others add the AIMS
/// analyzers, and then the manifest generator run first, as the compiler runs it.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 6)]
public class BuildCostBenchmarks
{
    private CSharpCompilation _compilation = null!;

    [ParamsSource(nameof(Projects))]
    public BenchmarkProject Project { get; set; }

    public static IEnumerable<BenchmarkProject> Projects => BenchmarkProjects.With(BenchmarkProject.NoAi, BenchmarkProject.OneCallPerFile, BenchmarkProject.AiDense);

    [GlobalSetup]
    public void Setup()
    {
        _compilation = BenchmarkProjects.Create(Project);
        var errors = _compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (Project == BenchmarkProject.RealSources)
        {
            // A real codebase compiled outside its own build may miss a reference or a define: say how far it is off.
            Console.WriteLine($"// {RealSources.Folder}: {_compilation.SyntaxTrees.Count()} files, {errors.Count} compile errors");
        }
        else if (errors.Count > 0)
        {
            throw new InvalidOperationException($"The generated project {Project} does not compile:\n" + string.Join("\n", errors.Take(5)));
        }
    }

    [Benchmark(Baseline = true)]
    public int CompileWithNoOpAnalyzer() => AimsComponents.Analyze(_compilation.Clone(), ImmutableArray.Create<DiagnosticAnalyzer>(new NoOpAnalyzer()));

    [Benchmark]
    public int CompileWithAimsAnalyzers() => AimsComponents.Analyze(_compilation.Clone(), AimsComponents.Analyzers);

    [Benchmark]
    public int CompileWithAimsAnalyzersAndGenerator()
    {
        AimsComponents.Driver(GeneratorHost.Build).RunGeneratorsAndUpdateCompilation(_compilation.Clone(), out var generated, out _);
        return AimsComponents.Analyze(generated, AimsComponents.Analyzers);
    }
}
