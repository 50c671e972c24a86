using Aims.Analyzers.Tests.Detection;
using Aims.Analyzers.Tests.Harness;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace Aims.Analyzers.Tests.Manifest;

/// <summary>
/// The generated source never fails on broken input and never collides with user code (GeneratorOutputTests compiles it
/// at every language version).
/// </summary>
public sealed class GeneratedSourceCompatibilityTests
{
    [Theory]
    [MemberData(nameof(BrokenCodeTests.BrokenSources), MemberType = typeof(BrokenCodeTests))]
    [MemberData(nameof(BrokenCodeTests.BrokenGovernanceSources), MemberType = typeof(BrokenCodeTests))]
    public void Broken_code_never_makes_the_generator_or_the_build_manifest_fail(string source) =>
        BuildRun.Run(GeneratorRun.Compile([("Broken.cs", source)]), allowSourceErrors: true);

    [Fact]
    public void A_root_namespace_that_names_a_type_used_elsewhere_leaves_the_project_compiling()
    {
        // A project with root namespace "Common" that calls CommonUtils.Common.X(): a generated namespace "Common" would
        // turn every Common.X() into CS0234.
        var library = TestReferences.CompileLibrary("CommonUtils", "namespace CommonUtils { public static class Common { public static int X() => 1; } }");
        var run = GeneratorRun.Run(
            GeneratorRun.Compile(
                [
                    ("Uses.cs", """
                        using CommonUtils;
                        namespace App { public static class Uses { public static int Y() => Common.X(); } }
                        """),
                    ("System.cs", """
                        using Aims;
                        namespace App { [AiSystem("app", Purpose = "p", Owner = "o", Risk = AiRiskLevel.Minimal)] public sealed class Declared { } }
                        """),
                ],
                references: TestReferences.Default.Add(library)),
            buildProperties: new Dictionary<string, string> { ["RootNamespace"] = "Common" });

        Assert.Empty(run.Output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        Assert.Contains("\"id\": \"app\"", run.ManifestJson, StringComparison.Ordinal);
    }

    [Fact]
    public void Generated_source_declares_no_namespace_and_no_type()
    {
        var run = GeneratorRun.Run(GeneratorRun.Compile(ManifestSamples.SupportProject));
        var generated = run.Result.Results.Single().GeneratedSources;

        Assert.NotEmpty(generated);
        Assert.All(generated, source => Assert.DoesNotContain(
            source.SyntaxTree.GetRoot().DescendantNodes(),
            node => node is Microsoft.CodeAnalysis.CSharp.Syntax.BaseNamespaceDeclarationSyntax or Microsoft.CodeAnalysis.CSharp.Syntax.MemberDeclarationSyntax));
    }

    [Fact]
    public void A_global_type_named_System_does_not_break_the_generated_source_and_the_manifest_is_still_embedded()
    {
        var run = GeneratorRun.Run(
            GeneratorRun.Compile([("Shadowing.cs", """
                using Aims;
                [AiSystem("declared", Purpose = "p", Owner = "o", Risk = AiRiskLevel.Minimal)]
                public sealed class Declared { }
                public sealed class System { }
                """)]),
            buildProperties: new Dictionary<string, string> { ["RootNamespace"] = "Shadowed" });
        Assert.Contains("\"id\": \"declared\"", run.ManifestJson, StringComparison.Ordinal);
        Assert.Contains(run.Output.Assembly.GetAttributes(), a => a.AttributeClass?.ToDisplayString() == "Aims.AimsManifestAttribute");
        Assert.Equal(run.ManifestJson, RuntimeAccessorTests.ReadAtRunTime(run));
    }

    [Fact]
    public void Lone_surrogates_in_values_and_model_ids_are_escaped_so_the_manifest_is_valid_utf8_json()
    {
        var json = BuildRun.Run(GeneratorRun.Compile(ManifestSamples.HonestEvidenceProject)).ManifestJson;
        var bytes = new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetBytes(json);
        using var document = System.Text.Json.JsonDocument.Parse(bytes);
        Assert.Contains("\\ud800", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\ud800", json, StringComparison.Ordinal);
    }
}
