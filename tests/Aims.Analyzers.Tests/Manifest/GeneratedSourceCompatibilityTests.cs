using Aims.Analyzers.Tests.Detection;
using Aims.Analyzers.Tests.Harness;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace Aims.Analyzers.Tests.Manifest;

/// <summary>The generated source compiles in every project that can load the package, and never fails on broken input.</summary>
public sealed class GeneratedSourceCompatibilityTests
{
    [Theory]
    [InlineData(LanguageVersion.CSharp7_3)]
    [InlineData(LanguageVersion.CSharp8)]
    [InlineData(LanguageVersion.Latest)]
    public void Generated_source_compiles_at_every_language_version(LanguageVersion version)
    {
        var compilation = GeneratorRun.Compile([("Plain.cs", "namespace P { public sealed class Plain { } }")])
            .WithOptions(new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Disable));
        var parse = new CSharpParseOptions(version);
        compilation = compilation.RemoveAllSyntaxTrees().AddSyntaxTrees(compilation.SyntaxTrees.Select(tree => tree.WithRootAndOptions(tree.GetRoot(), parse)));

        var driver = CSharpGeneratorDriver.Create([new Aims.Analyzers.Generator.AimsManifestGenerator().AsSourceGenerator()], parseOptions: parse);
        driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        Assert.Empty(diagnostics);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
    }

    [Theory]
    [MemberData(nameof(BrokenCodeTests.BrokenSources), MemberType = typeof(BrokenCodeTests))]
    [MemberData(nameof(BrokenCodeTests.BrokenGovernanceSources), MemberType = typeof(BrokenCodeTests))]
    public void Broken_code_never_makes_the_generator_fail(string source) =>
        GeneratorRun.Run(GeneratorRun.Compile([("Broken.cs", source)]), allowSourceErrors: true);
}
