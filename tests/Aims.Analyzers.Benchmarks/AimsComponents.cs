using System.Collections.Immutable;
using System.Reflection;
using Aims.Analyzers.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Aims.Analyzers.Benchmarks;

/// <summary>What the package puts into a build: every analyzer of the analyzer assembly, and the manifest generator.</summary>
public static class AimsComponents
{
    public static ImmutableArray<DiagnosticAnalyzer> Analyzers { get; } = typeof(AimsManifestGenerator).Assembly.GetTypes()
        .Where(type => !type.IsAbstract && type.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is not null)
        .OrderBy(type => type.FullName, StringComparer.Ordinal)
        .Select(type => (DiagnosticAnalyzer)Activator.CreateInstance(type)!)
        .ToImmutableArray();

    /// <summary>A driver as the compiler (<c>Build</c>) or the IDE (<c>Ide</c>, which skips implementation outputs) creates it.</summary>
    public static GeneratorDriver Driver(GeneratorHost host) => CSharpGeneratorDriver.Create(
        [new AimsManifestGenerator().AsSourceGenerator()],
        driverOptions: new GeneratorDriverOptions(
            host == GeneratorHost.Ide ? IncrementalGeneratorOutputKind.Implementation : IncrementalGeneratorOutputKind.None,
            trackIncrementalGeneratorSteps: false));

    /// <summary>
    /// Runs the analyzers and the compiler's own analysis on a compilation, as a command-line build with the package does
    /// after generators: inventory records on, and, as the compiler does when it writes an error log, analyzer times and
    /// suppressed diagnostics kept.
    /// </summary>
    public static int Analyze(Compilation compilation, ImmutableArray<DiagnosticAnalyzer> analyzers) =>
        WithAnalyzers(compilation, analyzers).GetAllDiagnosticsAsync().GetAwaiter().GetResult().Length;

    /// <summary>The package's analyzers (or <paramref name="analyzers"/>) attached as <see cref="Analyze"/> attaches them.</summary>
    public static CompilationWithAnalyzers WithAnalyzers(Compilation compilation, ImmutableArray<DiagnosticAnalyzer> analyzers = default, PolicyFile? policy = null) =>
        compilation.WithAnalyzers(
            analyzers.IsDefault ? Analyzers : analyzers,
            new CompilationWithAnalyzersOptions(
                new AnalyzerOptions(policy is null ? [] : [policy], new CommandLineBuildOptions()),
                onAnalyzerException: null,
                concurrentAnalysis: true,
                logAnalyzerExecutionTime: true,
                reportSuppressedDiagnostics: true));
}

public enum GeneratorHost
{
    Build,
    Ide,
}
