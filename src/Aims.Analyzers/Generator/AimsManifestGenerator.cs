using System.Linq;
using Aims.Analyzers.Declarations;
using Aims.Analyzers.Detection;
using Aims.Analyzers.Manifest;
using Aims.Analyzers.Model;
using Aims.Manifest;
using Aims.Manifest.Model;
using Aims.Manifest.Vocabulary;
using Microsoft.CodeAnalysis;

namespace Aims.Analyzers.Generator;

/// <summary>
/// Embeds the assembly's governance declarations in it, as a manifest of declarations (<see cref="DeclarationManifest"/>).
/// It reads attributes only: in source through ForAttributeWithMetadataName, and in referenced assemblies from metadata.
/// It binds no method body: the AI calls and findings are the analyzers' to find and report, and the build's manifest
/// gets them from the compiler's error log. Its one output is an implementation output, which design-time and IDE builds
/// skip, so typing never runs its pipeline; and it adds no type or namespace that user code could collide with (code
/// reads the embedded copy with <c>Aims.AimsManifest.Read</c> of Aims.Annotations). It reports no diagnostics: the
/// analyzers do.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class AimsManifestGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var options = context.AnalyzerConfigOptionsProvider
            .Select(static (provider, _) => ManifestBuildOptions.Read(provider))
            .WithTrackingName(TrackingNames.BuildOptions);

        var assembly = context.CompilationProvider
            .Select(static (compilation, _) => AssemblyFacts.Read(compilation))
            .WithTrackingName(TrackingNames.AssemblyFacts);

        var build = options.CombineAsRecord(assembly);
        var sourceUses = SourceUses(context);
        var references = context.CompilationProvider
            .Select(static (compilation, _) => ReferencedAssemblies.Read(compilation))
            .WithTrackingName(TrackingNames.References);
        var referencedUses = context.CompilationProvider.CombineAsRecord(references)
            .Select(static (input, cancellationToken) => input.Right.AnyUsingAimsAttributes
                ? ReferencedDeclarationReader.Read(input.Left, cancellationToken).ToEquatableArray()
                : EquatableArray<AttributeUseModel>.Empty)
            .WithTrackingName(TrackingNames.ReferencedUses);

        var manifest = sourceUses.CombineAsRecord(referencedUses).CombineAsRecord(build)
            .Select(static (input, _) =>
            {
                var ((source, referenced), (buildOptions, facts)) = input;
                var context = new ManifestContext(facts.Name, facts.Version, buildOptions.AnalysisMode, buildOptions.SourceRevision, buildOptions.ProjectDirectory, PackageVersion.Of(typeof(AimsManifestGenerator).Assembly));
                var declarations = DeclarationManifest.Build(DeclarationGraph.Build(source.Concat(referenced)), context);
                return ManifestMetadataSource.Render(ManifestWriter.Write(declarations), facts);
            })
            .WithTrackingName(TrackingNames.Manifest);

        context.RegisterImplementationSourceOutput(manifest, static (output, source) =>
        {
            if (source is not null)
            {
                output.AddSource(ManifestMetadataSource.HintName, source);
            }
        });
    }

    /// <summary>Every governance attribute in source, one ForAttributeWithMetadataName per attribute of the schema.</summary>
    private static IncrementalValueProvider<EquatableArray<AttributeUseModel>> SourceUses(IncrementalGeneratorInitializationContext context)
    {
        IncrementalValueProvider<EquatableArray<AttributeUseModel>>? uses = null;
        foreach (var attribute in GovernanceAttributeSchema.All)
        {
            var usesOfOne = context.SyntaxProvider
                .ForAttributeWithMetadataName(AimsAttributeNames.Namespace + "." + attribute.Name, static (_, _) => true, ReadUses)
                .WithTrackingName(TrackingNames.AttributeUses)
                .Collect()
                .Select(static (perTarget, _) => perTarget.SelectMany(models => models).ToEquatableArray());
            uses = uses is null ? usesOfOne : uses.Value.CombineAsRecord(usesOfOne).Select(static (pair, _) => pair.Left.Concat(pair.Right).ToEquatableArray());
        }

        return uses!.Value.WithTrackingName(TrackingNames.SourceUses);
    }

    private static EquatableArray<AttributeUseModel> ReadUses(GeneratorAttributeSyntaxContext context, System.Threading.CancellationToken cancellationToken) =>
        AttributeUseReader.Read(context.TargetSymbol, context.Attributes, referencedAssembly: null, cancellationToken).ToEquatableArray();
}
