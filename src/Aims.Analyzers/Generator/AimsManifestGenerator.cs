using System.Collections.Immutable;
using System.Linq;
using Aims.Analyzers.Declarations;
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

        var systemShadowed = context.CompilationProvider
            .Select(static (compilation, _) => AssemblyFacts.IsSystemShadowed(compilation))
            .WithTrackingName(TrackingNames.SystemShadowing);

        context.RegisterSourceOutput(options.Combine(systemShadowed), static (output, input) =>
            output.AddSource(RuntimeAccessorSource.HintName, RuntimeAccessorSource.Render(input.Left.RootNamespace, GeneratorVersion(), input.Right)));

        var sourceUses = SourceUses(context);
        var referencedUses = context.CompilationProvider
            .Select(static (compilation, cancellationToken) => ReferencedDeclarationReader.Read(compilation, cancellationToken).ToEquatableArray())
            .WithTrackingName(TrackingNames.ReferencedUses);

        var aiCalls = context.CompilationProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Combine(sourceUses.Combine(referencedUses))
            .Select(static (input, cancellationToken) => AiCallScan.Run(input.Left.Left, input.Left.Right, input.Right.Left, input.Right.Right, cancellationToken))
            .WithTrackingName(TrackingNames.AiCalls);

        var assembly = context.CompilationProvider
            .Select(static (compilation, _) => AssemblyFacts.Read(compilation))
            .WithTrackingName(TrackingNames.AssemblyFacts);

        var severities = context.CompilationProvider
            .Select(static (compilation, cancellationToken) => SeverityConfiguration.Read(compilation, cancellationToken))
            .WithTrackingName(TrackingNames.Severities);

        var manifest = sourceUses.Combine(referencedUses).Combine(aiCalls)
            .Combine(options.Combine(assembly).Combine(severities))
            .Select(static (input, _) =>
            {
                var (((source, referenced), calls), ((build, facts), severities)) = input;
                var context = new ManifestContext(facts.Name, facts.Version, build.AnalysisMode, build.SourceRevision, build.ProjectDirectory, GeneratorVersion());
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
        IncrementalValueProvider<ImmutableArray<AttributeUseModel>>? uses = null;
        foreach (var attribute in GovernanceAttributeSchema.All)
        {
            var usesOfOne = context.SyntaxProvider
                .ForAttributeWithMetadataName(AimsAttributeNames.Namespace + "." + attribute.Name, static (_, _) => true, ReadUses)
                .WithTrackingName(TrackingNames.AttributeUses)
                .SelectMany(static (models, _) => models.AsImmutableArray())
                .Collect();
            uses = uses is null ? usesOfOne : uses.Value.Combine(usesOfOne).Select(static (pair, _) => pair.Left.AddRange(pair.Right));
        }

        return uses!.Value.Select(static (items, _) => items.ToEquatableArray()).WithTrackingName(TrackingNames.SourceUses);
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
