using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Aims.Analyzers.Declarations;
using Aims.Analyzers.Detection;
using Aims.Analyzers.Diagnostics;
using Aims.Analyzers.Model;
using Aims.Manifest.Catalog;
using Aims.Manifest.Policy;
using Aims.Manifest.Screening;
using Aims.Manifest.Vocabulary;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Aims.Analyzers.Rules;

/// <summary>
/// The organisation's AI policy (docs/policy.md), an additional file the package marks with AimsPolicy metadata. At the
/// call: providers (AIMS028), model ids (AIMS029), model endpoints (AIMS030) and tools (AIMS033); at the declaration:
/// [AiModel] providers, ids and hosting, the facts of each risk level (AIMS031) and supplier agreements for personal
/// data (AIMS032). A policy file that cannot be applied is AIMS027, never "everything allowed".
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PolicyAnalyzer : DiagnosticAnalyzer
{
    /// <summary>The additional file metadata the package sets on the AimsPolicy items, as the compiler passes it.</summary>
    public const string PolicyMetadata = "build_metadata.AdditionalFiles.AimsPolicy";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        RuleTable.InvalidPolicy.Descriptor,
        RuleTable.ProviderNotAllowed.Descriptor,
        RuleTable.ModelNotAllowed.Descriptor,
        RuleTable.HostingNotAllowed.Descriptor,
        RuleTable.RiskLevelFactMissing.Descriptor,
        RuleTable.PersonalDataWithoutSupplierAgreement.Descriptor,
        RuleTable.ToolNotAllowed.Descriptor);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(OnCompilationStart);
    }

    private static void OnCompilationStart(CompilationStartAnalysisContext start)
    {
        if (Read(start) is not { } policy ||
            !CompilationScope.MayHoldAi(start.Compilation, start.Options.AnalyzerConfigOptionsProvider, start.CancellationToken) ||
            ModelCallDetector.For(start.Compilation, start.Options.AnalyzerConfigOptionsProvider, start.CancellationToken) is not { } detector)
        {
            return;
        }

        if (policy.ChecksProviders)
        {
            start.RegisterOperationAction(
                operation => CheckProvider(operation, detector, policy),
                OperationKind.Invocation,
                OperationKind.ObjectCreation,
                OperationKind.MethodReference);
        }

        if (policy.ChecksModels)
        {
            ModelPinningAnalyzer.RegisterIdentifierSites(start, (context, identifier) => CheckModel(context, identifier, policy));
        }

        if (policy.AllowedEndpoints is not null)
        {
            start.RegisterOperationAction(operation => CheckEndpoint(operation, policy), OperationKind.Literal);
        }

        if (policy.ChecksTools && ToolExposureDetector.For(start.Compilation) is { } tools)
        {
            tools.RegisterSites(start, found => CheckTools(found, policy));
        }

        if (policy.ChecksDeclarations && CompilationDeclarations.MayHaveSourceDeclarations(start.Compilation, start.CancellationToken))
        {
            DeclarationFindings.RegisterPerFile(start, graph => CheckDeclarations(graph, policy));
        }
    }

    /// <summary>The project's policy; null when it has none, or when it has one that cannot be applied (reported here).</summary>
    private static AiPolicy? Read(CompilationStartAnalysisContext start)
    {
        var files = start.Options.AdditionalFiles
            .Where(file => start.Options.AnalyzerConfigOptionsProvider.GetOptions(file).TryGetValue(PolicyMetadata, out var value) && value.Trim() == "true")
            .OrderBy(file => file.Path, StringComparer.Ordinal)
            .ToList();
        if (files.Count == 0)
        {
            return null;
        }

        try
        {
            return files.Count > 1
                ? throw new AiPolicyException($"it is one of {files.Count} AimsPolicy files ({string.Join(", ", files.Select(f => System.IO.Path.GetFileName(f.Path)))}); a project follows one policy")
                : AiPolicyReader.Read(files[0].GetText(start.CancellationToken)?.ToString() ?? string.Empty);
        }
        catch (AiPolicyException e)
        {
            var path = files[0].Path;
            start.RegisterAdditionalFileAction(file =>
            {
                if (file.AdditionalFile.Path == path)
                {
                    file.ReportDiagnostic(Diagnostic.Create(RuleTable.InvalidPolicy.Descriptor, Location.Create(path, default, default), System.IO.Path.GetFileName(path), e.Message));
                }
            });
            return null;
        }
    }

    private static void CheckProvider(OperationAnalysisContext context, ModelCallDetector detector, AiPolicy policy)
    {
        // A call whose provider the code does not show (behind IChatClient) is not checked here: see docs/rules/AIMS028.md.
        if (ModelCallSite.Find(context.Operation, detector, context.CancellationToken) is { Provider: { } provider } site &&
            policy.ProviderVerdict(provider.Name) is { } why)
        {
            context.ReportDiagnostic(Diagnostic.Create(
                RuleTable.ProviderNotAllowed.Descriptor, context.Operation.Syntax.GetLocation(),
                $"'{SymbolNames.Caller(context.ContainingSymbol)}' calling '{site.Callee}'", provider.Name, policy.Name, why));
        }
    }

    private static void CheckModel(OperationAnalysisContext context, ModelIdentifierModel identifier, AiPolicy policy)
    {
        if (policy.ModelVerdict(identifier.ModelId, ModelProviders.OfName(identifier.Provider)) is { } why)
        {
            var location = Location.Create(context.Operation.Syntax.SyntaxTree, new TextSpan(identifier.Location.Start, identifier.Location.Length));
            context.ReportDiagnostic(Diagnostic.Create(RuleTable.ModelNotAllowed.Descriptor, location, identifier.ModelId, policy.Name, why));
        }
    }

    /// <summary>A URL of a known model host written in the code: where an SDK client or an HttpClient is pointed.</summary>
    private static void CheckEndpoint(OperationAnalysisContext context, AiPolicy policy)
    {
        if (context.Operation.ConstantValue is { HasValue: true, Value: string url } &&
            url.IndexOf("://", StringComparison.Ordinal) > 0 &&
            Uri.TryCreate(url, UriKind.Absolute, out var uri) &&
            ModelHosts.Find(uri) is not null)
        {
            var host = uri.IsDefaultPort ? uri.Host : uri.Host + ":" + uri.Port;
            if (policy.EndpointVerdict(host) is { } why)
            {
                context.ReportDiagnostic(Diagnostic.Create(RuleTable.HostingNotAllowed.Descriptor, context.Operation.Syntax.GetLocation(), "Model endpoint", host, policy.Name, why));
            }
        }
    }

    private static void CheckTools(ToolSiteFound found, AiPolicy policy)
    {
        foreach (var tool in found.Site.Tools)
        {
            if (policy.ToolVerdict(tool.Name, tool.Effect) is { } why)
            {
                var described = tool.Name is null && tool.Implementation is null ? found.Site.Described : tool.Described;
                found.Report(Diagnostic.Create(RuleTable.ToolNotAllowed.Descriptor, found.Location, SymbolNames.Caller(found.HandingMember), described, policy.Name, why));
            }
        }
    }

    internal static IEnumerable<Finding> CheckDeclarations(DeclarationGraph graph, AiPolicy policy)
    {
        foreach (var model in graph.SourceUses.Where(use => use.Attribute == AimsAttributeNames.AiModel))
        {
            var provider = ModelProviders.OfName(model.Value("Provider") ?? string.Empty);
            if (provider is not null && policy.ProviderVerdict(provider.Name) is { } providerWhy)
            {
                yield return Finding.At(PolicyRules.ProviderNotAllowed, model.Location, "The [AiModel] declaration", provider.Name, policy.Name, providerWhy);
            }

            if (model.Value("ModelId") is { } modelId && !GovernanceValueRules.IsBlank(modelId) && policy.ModelVerdict(modelId, provider) is { } modelWhy)
            {
                yield return Finding.At(PolicyRules.ModelNotAllowed, model.Location, modelId, policy.Name, modelWhy);
            }

            var hosting = Hosting(model);
            if (policy.HostingVerdict(hosting) is { } hostingWhy)
            {
                yield return Finding.At(PolicyRules.HostingNotAllowed, model.Location, "Hosting", hosting, policy.Name, hostingWhy);
            }
        }

        foreach (var declared in graph.DeclaredSystems())
        {
            foreach (var fact in policy.RequiredFacts(declared.Risk))
            {
                if (!Has(declared, fact))
                {
                    var described = PolicyFacts.AttributeOf(fact) is null ? fact : $"[{fact}]";
                    yield return Finding.At(PolicyRules.RiskLevelFactMissing, declared.Declaration.Location, declared.Id, declared.Risk, policy.Name, described);
                }
            }

            if (policy.PersonalDataRequiresSupplierAgreement &&
                declared.System.FactsOf(AimsAttributeNames.DataSource).Any(source => source.Value("ContainsPersonalData") == "true"))
            {
                foreach (var finding in SupplierAgreementGaps(declared, policy))
                {
                    yield return finding;
                }
            }
        }
    }

    private static IEnumerable<Finding> SupplierAgreementGaps(DeclaredSystem declared, AiPolicy policy)
    {
        var models = declared.System.FactsOf(AimsAttributeNames.AiModel).ToList();
        if (models.Count == 0)
        {
            yield return Finding.At(PolicyRules.PersonalDataWithoutSupplierAgreement, declared.Declaration.Location, declared.Id, "it declares no [AiModel], so no supplier agreement is shown", policy.Name);
            yield break;
        }

        foreach (var model in models)
        {
            // Only a model declared to run in-house or on the device keeps personal data away from a supplier.
            var hosting = Hosting(model);
            if (hosting is "SelfHosted" or "OnDevice" || GovernanceValueRules.IsFilledIn(model.Value("SupplierAgreement")))
            {
                continue;
            }

            var runs = hosting == GovernanceEnums.AiModelHosting.UnsetMember ? "states no hosting" : $"runs at the supplier ({hosting})";
            yield return Finding.At(
                PolicyRules.PersonalDataWithoutSupplierAgreement,
                model.Location ?? declared.Declaration.Location,
                declared.Id,
                $"model '{model.Value("ModelId")}' {runs} and declares no SupplierAgreement",
                policy.Name);
        }
    }

    private static bool Has(DeclaredSystem declared, string fact) =>
        PolicyFacts.AttributeOf(fact) is { } attribute
            ? declared.System.Has(attribute)
            : GovernanceValueRules.IsFilledIn(declared.Declaration.Value(fact));

    private static string Hosting(AttributeUseModel model) =>
        model.EnumMember("Hosting", GovernanceEnums.AiModelHosting);
}
