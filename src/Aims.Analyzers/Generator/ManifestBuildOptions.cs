using Aims.Manifest.Vocabulary;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Aims.Analyzers.Generator;

/// <summary>The MSBuild properties the manifest reads (made compiler-visible by the package's props and targets).</summary>
internal sealed record ManifestBuildOptions(string AnalysisMode, string? SourceRevision, string? ProjectDirectory)
{
    public static ManifestBuildOptions Read(AnalyzerConfigOptionsProvider provider)
    {
        var options = provider.GlobalOptions;
        return new ManifestBuildOptions(
            Value(options, "build_property.AimsAnalysisMode") ?? AnalysisModes.Default,
            Value(options, "build_property.SourceRevisionId"),
            Value(options, "build_property.ProjectDir"));
    }

    private static string? Value(AnalyzerConfigOptions options, string key) =>
        options.TryGetValue(key, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
}
