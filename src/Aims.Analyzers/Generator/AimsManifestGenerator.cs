using System.Collections.Immutable;
using System.Linq;
using Aims.Analyzers.Declarations;
using Aims.Analyzers.Detection;
using Aims.Analyzers.Manifest;
using Aims.Analyzers.Model;
using Microsoft.CodeAnalysis;

namespace Aims.Analyzers.Generator;

/// <summary>
/// Builds the AI system inventory and control-evidence manifest and embeds it in the assembly. Only the run-time
/// accessor is a regular output, made from build options; the manifest is an implementation output, which design-time
/// and IDE builds skip, so typing never runs its pipeline. Attributes come from ForAttributeWithMetadataName; calls and
/// constants from one gated scan (<see cref="AiCallScan"/>), because a syntax provider that visits every node costs a
/// project without AI as much as the scan costs one with AI. It reports no diagnostics: the analyzers do.
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
        context.RegisterSourceOutput(build, static (output, input) =>
            output.AddSource(RuntimeAccessorSource.HintName, RuntimeAccessorSource.Render(input.Left.RootNamespace, GeneratorVersion(), input.Right.SystemIsShadowed)));

        var sourceUses = SourceUses(context);
        var references = context.CompilationProvider
            .Select(static (compilation, _) => ReferencedAssemblies.Read(compilation))
            .WithTrackingName(TrackingNames.References);
        var referencedUses = context.CompilationProvider.CombineAsRecord(references)
            .Select(static (input, cancellationToken) => input.Right.AnyUsingAimsAttributes
                ? ReferencedDeclarationReader.Read(input.Left, cancellationToken).ToEquatableArray()
                : EquatableArray<AttributeUseModel>.Empty)
            .WithTrackingName(TrackingNames.ReferencedUses);
        var uses = sourceUses.CombineAsRecord(referencedUses);

        var aiCalls = context.CompilationProvider
            .CombineAsRecord(context.AnalyzerConfigOptionsProvider.CombineAsRecord(references))
            .CombineAsRecord(uses)
            .Select(static (input, cancellationToken) =>
            {
                var ((compilation, (configuration, referenced)), (source, inReferences)) = input;
                return AiCallScan.Run(compilation, configuration, referenced, source, inReferences, cancellationToken);
            })
            .WithTrackingName(TrackingNames.AiCalls);
        var found = uses.CombineAsRecord(aiCalls);

        // Severities matter only to findings, and a build that found nothing has none.
        var severities = context.CompilationProvider.CombineAsRecord(found)
            .Select(static (input, cancellationToken) => input.Right.Left.Left.IsEmpty && input.Right.Left.Right.IsEmpty && input.Right.Right.IsEmpty
                ? SeverityConfiguration.None
                : SeverityConfiguration.Read(input.Left, cancellationToken))
            .WithTrackingName(TrackingNames.Severities);

        var manifest = found.CombineAsRecord(build.CombineAsRecord(severities))
            .Select(static (input, _) =>
            {
                var (((source, referenced), calls), ((buildOptions, facts), severities)) = input;
                var context = new ManifestContext(facts.Name, facts.Version, buildOptions.AnalysisMode, buildOptions.SourceRevision, buildOptions.ProjectDirectory, GeneratorVersion());
                var content = ManifestContent.Build(new ManifestInputs(context, source, referenced, calls.CallSites, calls.LiteralSites, calls.MalformedEntries, severities));
                return ManifestMetadataSource.Render(ManifestWriter.Write(content), facts);
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
        context.Attributes
            .Select(attribute => AttributeUseReader.Read(context.TargetSymbol, attribute, referencedAssembly: null, cancellationToken))
            .OfType<AttributeUseModel>()
            .ToEquatableArray();

    private static string GeneratorVersion()
    {
        var version = typeof(AimsManifestGenerator).Assembly.GetName().Version;
        return version is null ? "0.0.0" : $"{version.Major}.{version.Minor}.{version.Build}";
    }
}
