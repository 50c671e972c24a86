using System.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Diagnostics.Telemetry;

namespace Aims.Analyzers.Benchmarks;

/// <summary>
/// `dotnet run -c Release -- profile [project] [--policy file.json]`: where the package's time goes in process, warm (after one run of
/// each): the generator, and each analyzer as the analyzer driver times it, on every generated project (or the one
/// named), as a command-line build with the package runs them (<see cref="AimsComponents.Analyze"/>). Run it under a
/// sampling profiler (dotnet-trace) to see inside.
/// </summary>
public static class AnalyzerProfile
{
    /// <param name="policy">An AI policy file the analyzers apply, as the AimsPolicy item passes it; none when null.</param>
    public static void Print(string? only, PolicyFile? policy)
    {
        var projects = BenchmarkProjects.With(BenchmarkProject.NoAi, BenchmarkProject.OneCallPerFile, BenchmarkProject.AiDense)
            .Where(project => only is null || project.ToString() == only);
        foreach (var project in projects)
        {
            var compilation = BenchmarkProjects.Create(project);
            Generate(compilation);
            var generatorTime = Stopwatch.StartNew();
            var generated = Generate(compilation);
            generatorTime.Stop();
            Analyze(generated, policy);
            var telemetry = Analyze(generated, policy);
            Console.WriteLine($"{project}: generator {generatorTime.Elapsed.TotalMilliseconds:F0} ms; analyzers:");
            foreach (var (analyzer, info) in telemetry.OrderByDescending(pair => pair.Value.ExecutionTime))
            {
                Console.WriteLine($"  {info.ExecutionTime.TotalMilliseconds,8:F0} ms  {analyzer.GetType().Name}");
            }
        }
    }

    private static Compilation Generate(Compilation compilation)
    {
        AimsComponents.Driver(GeneratorHost.Build).RunGeneratorsAndUpdateCompilation(compilation.Clone(), out var generated, out _);
        return generated;
    }

    private static IReadOnlyDictionary<DiagnosticAnalyzer, AnalyzerTelemetryInfo> Analyze(Compilation compilation, PolicyFile? policy)
    {
        var analyzed = AimsComponents.WithAnalyzers(compilation.Clone(), policy: policy);
        analyzed.GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
        return AimsComponents.Analyzers.ToDictionary(
            analyzer => analyzer,
            analyzer => analyzed.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None).GetAwaiter().GetResult());
    }
}
