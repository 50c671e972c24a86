using Aims.Analyzers.Tests.Harness;
using Microsoft.CodeAnalysis;

namespace Aims.Cli.Tests.Harness;

/// <summary>
/// One fixture project: its assembly name, sources, build properties and references (the framework, Aims.Annotations
/// and the AI SDKs of <see cref="TestReferences.Default"/> with <see cref="References"/>, or without the SDKs when
/// <see cref="UsesNoAiSdk"/>).
/// </summary>
public sealed record FixtureProject(
    string Name,
    IReadOnlyList<(string Path, string Source)> Sources,
    string AnalysisMode = "Recommended",
    string? SourceRevision = null,
    IReadOnlyList<MetadataReference>? References = null,
    bool IsExecutable = false,
    bool UsesNoAiSdk = false)
{
    public string FileName => Name + ".aims.json";

    /// <summary>The manifest a build of this project writes.</summary>
    public string Generate()
    {
        var properties = new Dictionary<string, string> { ["AimsAnalysisMode"] = AnalysisMode };
        if (SourceRevision is not null)
        {
            properties["SourceRevisionId"] = SourceRevision;
        }

        var references = (UsesNoAiSdk ? TestReferences.FrameworkAndAnnotations : TestReferences.Default).AddRange(References ?? []);
        var compilation = GeneratorRun.Compile(Sources, Name, references);
        if (IsExecutable)
        {
            compilation = compilation.WithOptions(compilation.Options.WithOutputKind(OutputKind.ConsoleApplication));
        }

        return BuildRun.Run(compilation, buildProperties: properties).ManifestJson;
    }
}
