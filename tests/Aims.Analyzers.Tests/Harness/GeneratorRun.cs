using System.Collections.Immutable;
using Aims.Analyzers.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace Aims.Analyzers.Tests.Harness;

/// <summary>Runs the manifest generator on sources with build options, and reads back the embedded manifest.</summary>
public sealed class GeneratorRun
{
    public const string ProjectDirectory = "/repo/src/App/";

    private GeneratorRun(GeneratorDriver driver, Compilation output, GeneratorDriverRunResult result)
    {
        Driver = driver;
        Output = output;
        Result = result;
    }

    public GeneratorDriver Driver { get; }

    public Compilation Output { get; }

    public GeneratorDriverRunResult Result { get; }

    /// <summary>The manifest JSON as the compiled assembly carries it, in either carrier.</summary>
    public string ManifestJson
    {
        get
        {
            var attribute = Output.Assembly.GetAttributes().Single(a =>
                (a.AttributeClass?.Name == "AssemblyMetadataAttribute" && (string?)a.ConstructorArguments[0].Value == "Aims.Manifest") ||
                a.AttributeClass?.ToDisplayString() == "Aims.AimsManifestAttribute");
            return (string)attribute.ConstructorArguments[^1].Value!;
        }
    }

    public static CSharpCompilation Compile(IEnumerable<(string Path, string Source)> sources, string assemblyName = "App", IEnumerable<MetadataReference>? references = null) =>
        CSharpCompilation.Create(
            assemblyName,
            sources.Select(s => CSharpSyntaxTree.ParseText(s.Source, new CSharpParseOptions(LanguageVersion.Latest), ProjectDirectory + s.Path)),
            references ?? TestReferences.Default,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable)
                .WithSpecificDiagnosticOptions(ImmutableDictionary<string, ReportDiagnostic>.Empty.Add("OPENAI001", ReportDiagnostic.Suppress)));

    /// <summary>
    /// Runs the generator. Broken input (<paramref name="allowSourceErrors"/>) may not compile, but the generator must
    /// not fail and the files it generates must not add errors. <paramref name="disabledOutputs"/> set to
    /// Implementation runs it as the IDE does.
    /// </summary>
    public static GeneratorRun Run(
        Compilation compilation,
        GeneratorDriver? driver = null,
        IDictionary<string, string>? buildProperties = null,
        bool allowSourceErrors = false,
        IDictionary<string, string>? analyzerOptions = null,
        IncrementalGeneratorOutputKind disabledOutputs = IncrementalGeneratorOutputKind.None)
    {
        var global = new Dictionary<string, string>
        {
            ["build_property.ProjectDir"] = ProjectDirectory,
            ["build_property.AimsAnalysisMode"] = "Recommended",
        };
        foreach (var (key, value) in buildProperties ?? new Dictionary<string, string>())
        {
            global["build_property." + key] = value;
        }

        foreach (var (key, value) in analyzerOptions ?? new Dictionary<string, string>())
        {
            global[key] = value;
        }

        driver ??= CSharpGeneratorDriver.Create(
            [new AimsManifestGenerator().AsSourceGenerator()],
            optionsProvider: new TestAnalyzerConfigOptionsProvider(global.ToImmutableDictionary(), ImmutableDictionary<string, ImmutableDictionary<string, string>>.Empty),
            driverOptions: new GeneratorDriverOptions(disabledOutputs, trackIncrementalGeneratorSteps: true));

        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        Assert.Empty(diagnostics);
        var errors = output.GetDiagnostics()
            .Where(d => d.Severity == DiagnosticSeverity.Error)
            .Where(d => !allowSourceErrors || d.Location.SourceTree?.FilePath.EndsWith(".g.cs", StringComparison.Ordinal) == true)
            .ToList();
        Assert.True(errors.Count == 0, "The generated source does not compile:\n" + string.Join("\n", errors));
        var result = driver.GetRunResult();
        Assert.All(result.Results, r => Assert.Null(r.Exception));
        return new GeneratorRun(driver, output, result);
    }
}
