using System.Collections.Immutable;
using System.Linq;
using Aims.Analyzers.Declarations;
using Aims.Analyzers.Manifest;
using Microsoft.CodeAnalysis;

namespace Aims.Analyzers.Generator;

/// <summary>
/// Builds the AI system inventory and control-evidence manifest from the Aims attributes and the model calls, and
/// embeds it in the assembly. It reports no diagnostics: the analyzers do.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class AimsManifestGenerator : IIncrementalGenerator
{
    private static readonly string[] AttributeMetadataNames = new[]
    {
        AimsAttributeNames.AiSystem, AimsAttributeNames.PartOfAiSystem, AimsAttributeNames.HumanOversight,
        AimsAttributeNames.DataSource, AimsAttributeNames.AiModel, AimsAttributeNames.AiDisclosure,
        AimsAttributeNames.AiEventLogging, AimsAttributeNames.AiEvaluation, AimsAttributeNames.AiRisk,
        AimsAttributeNames.AiManagementSystem, AimsAttributeNames.AiControlApplicability,
    }.Select(name => AimsAttributeNames.Namespace + "." + name).ToArray();

    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        IncrementalValueProvider<ImmutableArray<AttributeUseModel>>? uses = null;
        foreach (var metadataName in AttributeMetadataNames)
        {
            var usesOfOne = context.SyntaxProvider
                .ForAttributeWithMetadataName(metadataName, static (_, _) => true, AttributeUseReader.Read)
                .WithTrackingName(TrackingNames.AttributeUses)
                .SelectMany(static (models, _) => models.AsImmutableArray())
                .Collect();
            uses = uses is null
                ? usesOfOne
                : uses.Value.Combine(usesOfOne).Select(static (pair, _) => pair.Left.AddRange(pair.Right));
        }

        var allUses = uses!.Value.Select(static (items, _) => items.ToEquatableArray()).WithTrackingName(TrackingNames.AllAttributeUses);

        var callSites = context.SyntaxProvider
            .CreateSyntaxProvider(CallSiteReader.IsCallSyntax, CallSiteReader.Read)
            .Where(static site => site is not null)
            .Select(static (site, _) => site!)
            .WithTrackingName(TrackingNames.CallSites)
            .Collect()
            .Select(static (items, _) => items.ToEquatableArray())
            .WithTrackingName(TrackingNames.AllCallSites);

        var modelLiterals = context.SyntaxProvider
            .CreateSyntaxProvider(ModelLiteralReader.IsCandidate, ModelLiteralReader.Read)
            .Where(static literal => literal is not null)
            .Select(static (literal, _) => literal!)
            .WithTrackingName(TrackingNames.ModelLiterals)
            .Collect()
            .Select(static (items, _) => items.ToEquatableArray())
            .WithTrackingName(TrackingNames.AllModelLiterals);

        var configured = context.CompilationProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select(static (input, cancellationToken) => ConfiguredCallSites.Find(input.Left, input.Right, cancellationToken))
            .WithTrackingName(TrackingNames.ConfiguredCallSites);

        var options = context.AnalyzerConfigOptionsProvider
            .Select(static (provider, _) => ManifestBuildOptions.Read(provider))
            .WithTrackingName(TrackingNames.BuildOptions);

        var assembly = context.CompilationProvider
            .Select(static (compilation, _) => (Name: compilation.AssemblyName ?? string.Empty, Version: compilation.Assembly.Identity.Version.ToString()))
            .WithTrackingName(TrackingNames.AssemblyIdentity);

        var manifest = allUses.Combine(callSites).Combine(configured).Combine(modelLiterals).Combine(options).Combine(assembly)
            .Select(static (input, _) =>
            {
                var (((((attributeUses, sites), configuredSites), literals), build), identity) = input;
                var version = GeneratorVersion();
                var allSites = sites.Where(site => !configuredSites.IsInsideConfiguredMember(site)).Concat(configuredSites.Sites)
                    .GroupBy(site => (site.Location, site.CalledMember))
                    .Select(group => group.First());
                var json = ManifestWriter.Write(
                    new ManifestContext(identity.Name, identity.Version, build.AnalysisMode, build.SourceRevision, build.ProjectDirectory, version),
                    attributeUses,
                    allSites,
                    literals);
                return (Json: json, build.RootNamespace, Version: version);
            })
            .WithTrackingName(TrackingNames.Manifest);

        context.RegisterSourceOutput(manifest, static (output, model) =>
            output.AddSource(ManifestSource.HintName, ManifestSource.Render(model.Json, model.RootNamespace, model.Version)));
    }

    private static string GeneratorVersion()
    {
        var version = typeof(AimsManifestGenerator).Assembly.GetName().Version;
        return version is null ? "0.0.0" : $"{version.Major}.{version.Minor}.{version.Build}";
    }
}
