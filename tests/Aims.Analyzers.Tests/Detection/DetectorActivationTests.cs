using Aims.Analyzers.Detection;
using Aims.Analyzers.Tests.Harness;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace Aims.Analyzers.Tests.Detection;

/// <summary>The common case is free: without any AI SDK, wrapper or model host, no per-operation work is registered.</summary>
public sealed class DetectorActivationTests
{
    private static ModelCallDetector? Create(string source, IEnumerable<MetadataReference> references, string? configuredSymbols = null)
    {
        var compilation = CSharpCompilation.Create("P", [CSharpSyntaxTree.ParseText(source, path: "/p/A.cs")], references);
        var global = configuredSymbols is null
            ? System.Collections.Immutable.ImmutableDictionary<string, string>.Empty
            : System.Collections.Immutable.ImmutableDictionary<string, string>.Empty.Add(ModelCallSymbolsOption.Key, configuredSymbols);
        var provider = new TestAnalyzerConfigOptionsProvider(global, System.Collections.Immutable.ImmutableDictionary<string, System.Collections.Immutable.ImmutableDictionary<string, string>>.Empty);
        return ModelCallDetector.TryCreate(compilation, ModelCallSymbolsOption.Read(provider, compilation, default), default);
    }

    [Fact]
    public void No_SDK_no_wrapper_no_host_registers_nothing() =>
        Assert.Null(Create("class C { string M(System.Net.Http.HttpClient h) => h.GetStringAsync(\"https://example.com\").Result; }", TestReferences.FrameworkAndAnnotations));

    [Fact]
    public void A_referenced_AI_SDK_activates_detection() =>
        Assert.NotNull(Create("class C { }", TestReferences.Default));

    [Fact]
    public void A_model_host_in_source_activates_detection() =>
        Assert.NotNull(Create("class C { const string U = \"https://api.openai.com/v1\"; }", TestReferences.FrameworkOnly));

    [Fact]
    public void An_AiModelCall_in_source_activates_detection() =>
        Assert.NotNull(Create("class C { [Aims.AiModelCall] void M() { } }", TestReferences.FrameworkAndAnnotations));

    [Fact]
    public void The_AiModelCall_name_without_the_annotations_assembly_does_not() =>
        Assert.Null(Create("class C { void AiModelCall() { } }", TestReferences.FrameworkOnly));

    [Fact]
    public void A_configured_symbol_that_resolves_activates_detection() =>
        Assert.NotNull(Create("namespace N { class Gateway { } }", TestReferences.FrameworkOnly, "T:N.Gateway"));
}
