using Aims.Analyzers.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace Aims.Analyzers.Tests.Harness;

/// <summary>
/// The manifest generator under the Roslyn testing library: it runs the generator on the sources, compares every
/// generated file with the expected text, and fails on any compiler error of the project with its generated files.
/// The project is the one <see cref="GeneratorRun"/> builds: named App, in <see cref="GeneratorRun.ProjectDirectory"/>,
/// in Recommended mode.
/// </summary>
public sealed class GeneratorTest : CSharpSourceGeneratorTest<AimsManifestGenerator, DefaultVerifier>
{
    public GeneratorTest()
    {
        // A target framework without a reference-assembly package resolves to no reference, so nothing is downloaded:
        // the project compiles against the references every other test uses.
        ReferenceAssemblies = new ReferenceAssemblies("net10.0");
        TestState.AdditionalReferences.AddRange(TestReferences.Default);
        TestState.AnalyzerConfigFiles.Add(("/.globalconfig", $"""
            is_global = true
            build_property.ProjectDir = {GeneratorRun.ProjectDirectory}
            build_property.AimsAnalysisMode = Recommended
            """));
    }

    public LanguageVersion LanguageVersion { get; set; } = LanguageVersion.Latest;

    protected override string DefaultTestProjectName => "App";

    /// <summary>Adds a source file at a path relative to the project directory.</summary>
    public void AddSource(string path, string source) => TestState.Sources.Add((GeneratorRun.ProjectDirectory + path, source));

    /// <summary>Expects the generator to add a file of this hint name and exactly this text.</summary>
    public void ExpectGeneratedFile(string hintName, string text) =>
        TestState.GeneratedSources.Add((typeof(AimsManifestGenerator), hintName, text));

    protected override ParseOptions CreateParseOptions() =>
        ((CSharpParseOptions)base.CreateParseOptions()).WithLanguageVersion(LanguageVersion);
}
