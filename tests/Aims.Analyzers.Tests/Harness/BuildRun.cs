using System.Collections.Immutable;
using Aims.Manifest;
using Aims.Manifest.Build;
using Aims.Manifest.Model;
using Aims.Manifest.Vocabulary;
using Suppression = Aims.Manifest.Model.Suppression;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace Aims.Analyzers.Tests.Harness;

/// <summary>
/// A build in process, the way the package runs one: the generator embeds the declarations; the analyzers run on the
/// compiled assembly with the inventory records turned on, as the package's build-only globalconfig turns them on;
/// their diagnostics, suppressed ones included, become the report the MSBuild task otherwise reads from the compiler's
/// error log (SarifReaderTests checks that reading against logs the compiler wrote); and the task's own code
/// (<see cref="BuildManifest"/>) writes the manifest from both. Where the build's screening finds no AI in the inputs,
/// the manifest is the one the build then writes without analysing, checked to say what the analyzers would have.
/// </summary>
public sealed class BuildRun
{
    private BuildRun(GeneratorRun generator, ImmutableArray<Diagnostic> diagnostics, ManifestDocument manifest)
    {
        Generator = generator;
        Diagnostics = diagnostics;
        Manifest = manifest;
        ManifestJson = ManifestWriter.Write(manifest);
    }

    public GeneratorRun Generator { get; }

    /// <summary>Every diagnostic the analyzers reported, suppressed ones included.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    internal ManifestDocument Manifest { get; }

    /// <summary>The manifest the build writes to bin/.</summary>
    public string ManifestJson { get; }

    /// <summary>The build's findings: the AIMS diagnostics that are no inventory record and that nobody suppressed.</summary>
    public IEnumerable<Diagnostic> Findings => Diagnostics.Where(d => BuildManifest.IsFinding(d.Id) && !d.IsSuppressed);

    /// <summary>
    /// Runs the generator and the analyzers. <paramref name="editorConfig"/> is every file's [*.cs] section (options;
    /// severities come from the compilation options, as the compiler turns .editorconfig severities into them).
    /// </summary>
    public static BuildRun Run(
        Compilation compilation,
        IDictionary<string, string>? buildProperties = null,
        IDictionary<string, string>? analyzerOptions = null,
        IDictionary<string, string>? editorConfig = null,
        bool allowSourceErrors = false)
    {
        var generator = GeneratorRun.Run(compilation, buildProperties: buildProperties, analyzerOptions: analyzerOptions, allowSourceErrors: allowSourceErrors);
        var global = new Dictionary<string, string>(analyzerOptions ?? new Dictionary<string, string>())
        {
            [InventoryRecords.EnabledOption] = "true",
        };
        var fileOptions = generator.Output.SyntaxTrees.ToImmutableDictionary(
            tree => tree.FilePath,
            _ => (editorConfig ?? new Dictionary<string, string>()).ToImmutableDictionary());
        var exceptions = new List<string>();
        var analyzers = generator.Output.WithAnalyzers(
            AnalyzerTest.AllAnalyzers,
            new CompilationWithAnalyzersOptions(
                new AnalyzerOptions([], new TestAnalyzerConfigOptionsProvider(global.ToImmutableDictionary(), fileOptions)),
                onAnalyzerException: (exception, _, _) => exceptions.Add(exception.ToString()),
                concurrentAnalysis: true,
                logAnalyzerExecutionTime: false,
                reportSuppressedDiagnostics: true));
        var diagnostics = analyzers.GetAnalyzerDiagnosticsAsync(CancellationToken.None).GetAwaiter().GetResult();
        Assert.True(exceptions.Count == 0, "An analyzer threw:\n" + string.Join("\n", exceptions));
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");

        var declarations = Aims.Manifest.ManifestReader.Read(generator.ManifestJson);
        var report = new CompilerReport("SARIF 2.1.0", diagnostics.Select(d => Reported(d, generator.Output)).ToList(), DisabledRules(generator.Output));
        var analyzed = BuildManifest.Assemble(declarations, report, GeneratorRun.ProjectDirectory);
        var options = global
            .Concat(buildProperties?.Select(p => KeyValuePair.Create("build_property." + p.Key, p.Value)) ?? [])
            .Concat(editorConfig ?? new Dictionary<string, string>());
        var manifest = CompilationScreening.Of(compilation, options).MayHoldAi ? analyzed : Screened(declarations, analyzed);
        return new BuildRun(generator, diagnostics, manifest);
    }

    /// <summary>
    /// Where the build's screening finds no AI in the inputs, the build compiles without the analyzers and the generator
    /// and writes <see cref="BuildManifest.WithoutAi"/> of no declarations. That must be what they would have shown,
    /// evidence aside.
    /// </summary>
    private static ManifestDocument Screened(ManifestDocument declarations, ManifestDocument analyzed)
    {
        var context = new ManifestContext(declarations.Assembly.Name, declarations.Assembly.Version, declarations.AnalysisMode, declarations.SourceRevision, GeneratorRun.ProjectDirectory, declarations.Generator.Version);
        var screened = BuildManifest.WithoutAi(DeclarationsDocument.Create(context, null, [], []));
        Assert.Equal(ManifestWriter.Write(analyzed with { Evidence = screened.Evidence }), ManifestWriter.Write(screened));
        return screened;
    }

    /// <summary>A diagnostic as the compiler's error log records it.</summary>
    private static ReportedDiagnostic Reported(Diagnostic diagnostic, Compilation compilation)
    {
        var span = diagnostic.Location.IsInSource ? diagnostic.Location.GetLineSpan() : default;
        Suppression? suppression = null;
        if (diagnostic.IsSuppressed)
        {
            var attribute = diagnostic.GetSuppressionInfo(compilation)?.Attribute;
            suppression = attribute is null
                ? new Suppression(SuppressionKind.Pragma, null, null)
                : new Suppression(SuppressionKind.SuppressMessage, attribute.NamedArguments.FirstOrDefault(a => a.Key == "Justification").Value.Value as string, null);
        }

        return new ReportedDiagnostic(
            diagnostic.Id,
            diagnostic.Severity switch
            {
                DiagnosticSeverity.Error => FindingSeverity.Error,
                DiagnosticSeverity.Warning => FindingSeverity.Warning,
                _ => FindingSeverity.Info,
            },
            diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture),
            diagnostic.Location.IsInSource ? span.Path : null,
            diagnostic.Location.IsInSource ? span.StartLinePosition.Line + 1 : null,
            diagnostic.Location.IsInSource ? span.StartLinePosition.Character + 1 : null,
            suppression,
            diagnostic.Properties.Where(p => p.Value is not null).ToDictionary(p => p.Key, p => p.Value!, StringComparer.Ordinal));
    }

    /// <summary>The AIMS rules the compilation options turn off, as the error log's ruleConfigurationOverrides name them.</summary>
    private static IReadOnlyCollection<string> DisabledRules(Compilation compilation) =>
        compilation.Options.SpecificDiagnosticOptions
            .Where(o => o.Value == ReportDiagnostic.Suppress && o.Key.StartsWith("AIMS", StringComparison.Ordinal))
            .Select(o => o.Key)
            .ToList();
}
