using System.Collections.Immutable;
using Aims.Analyzers.Rules;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Aims.Analyzers.Benchmarks;

/// <summary>
/// The analyzer's cost on 1,000 files, with and without an AI call in each. The baseline compiles and runs the analyzer
/// driver with an analyzer that registers nothing, so the Ratio column is what AIMS analysis adds to a build that
/// already runs analyzers; Compile alone shows the compiler's share.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 8)]
public class AnalyzerCostBenchmarks
{
    private CSharpCompilation _compilation = null!;

    [Params(false, true)]
    public bool WithAiCalls { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _compilation = GeneratedProject.Create(files: 1000, WithAiCalls);
        var errors = _compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Take(5).ToList();
        if (errors.Count > 0)
        {
            throw new InvalidOperationException("The generated project does not compile:\n" + string.Join("\n", errors));
        }
    }

    [Benchmark]
    public int Compile() => _compilation.Clone().GetDiagnostics().Length;

    [Benchmark(Baseline = true)]
    public int CompileWithNoOpAnalyzer() => Analyze(new NoOpAnalyzer());

    [Benchmark]
    public int CompileWithAimsAnalyzer() => Analyze(new ModelCallCoverageAnalyzer());

    // A clone each time, so that no run reuses the bound trees of another.
    private int Analyze(DiagnosticAnalyzer analyzer) =>
        _compilation.Clone()
            .WithAnalyzers(ImmutableArray.Create(analyzer), new AnalyzerOptions([]))
            .GetAllDiagnosticsAsync().GetAwaiter().GetResult().Length;
}
