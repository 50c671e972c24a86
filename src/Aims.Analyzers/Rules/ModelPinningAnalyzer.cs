using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Aims.Analyzers.Declarations;
using Aims.Analyzers.Detection;
using Aims.Analyzers.Diagnostics;
using Aims.Analyzers.Model;
using Aims.Manifest.Catalog;
using Aims.Manifest.Vocabulary;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;

namespace Aims.Analyzers.Rules;

/// <summary>
/// AIMS010: a model identifier that is not pinned, where an AI client is created or configured (a constant passed to a
/// model parameter or assigned to a Model/ModelId property of an AI SDK type) or where a model is declared with [AiModel];
/// never a model its provider publishes without a pinned identifier (<see cref="UnpinnableModels"/>). In a command-line
/// build it also records every such model id for the manifest (AIMS022), with the system whose code names it.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ModelPinningAnalyzer : DiagnosticAnalyzer
{
    private const string UnknownProvider = "unknown provider";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(RuleTable.UnpinnedModel.Descriptor, RuleTable.ModelRecord.Descriptor);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            if (!CompilationScope.MayHoldAi(start.Compilation, start.Options.AnalyzerConfigOptionsProvider, start.CancellationToken))
            {
                return;
            }

            var coverage = InventoryOption.IsEnabled(start.Options) ? InventoryCoverage(start.Compilation, start.Options, start.CancellationToken) : null;
            RegisterIdentifierSites(start, (context, identifier) => Report(context, identifier, coverage));

            if (CompilationDeclarations.MayHaveSourceDeclarations(start.Compilation, start.CancellationToken))
            {
                DeclarationFindings.RegisterPerFile(start, CheckDeclared);
            }
        });
    }

    /// <summary>AIMS010 for a model identifier passed to an SDK, or null when it is pinned, cannot be pinned, or its provider's ids are not versions.</summary>
    internal static Finding? CheckIdentifier(ModelIdentifierModel identifier)
    {
        var provider = identifier.Provider is null ? null : ModelProviders.OfName(identifier.Provider);
        return ShouldBePinned(provider, identifier.ModelId)
            ? Finding.At(RuleTable.UnpinnedModel.Id, identifier.Location, identifier.ModelId, provider?.Name ?? UnknownProvider, Hint(provider))
            : null;
    }

    /// <summary>AIMS010 for every [AiModel] in source that states neither a pinned identifier nor a Version.</summary>
    internal static IEnumerable<Finding> CheckDeclared(DeclarationGraph graph)
    {
        foreach (var use in graph.SourceUses)
        {
            if (use.Attribute != AimsAttributeNames.AiModel ||
                use.Value("ModelId") is not { } modelId ||
                GovernanceValueRules.IsBlank(modelId) ||
                !GovernanceValueRules.IsBlank(use.Value("Version")))
            {
                continue;
            }

            var provider = ModelProviders.OfName(use.Value("Provider"));
            if (ShouldBePinned(provider, modelId))
            {
                var at = use.Argument("ModelId")?.Location ?? use.Location;
                yield return Finding.At(RuleTable.UnpinnedModel.Id, at, modelId, provider?.Name ?? UnknownProvider, Hint(provider) + ", or set Version");
            }
        }
    }

    /// <summary>The model identifier a constant names at an SDK argument or property.</summary>
    private static ModelIdentifierModel? Identifier(IOperation operation, SdkTypeProviders sdkTypes, System.Threading.CancellationToken cancellationToken)
    {
        var site = operation switch
        {
            IArgumentOperation argument => ModelIdentifierSite.FromArgument(argument, sdkTypes),
            ISimpleAssignmentOperation assignment => ModelIdentifierSite.FromAssignment(assignment, sdkTypes),
            _ => null,
        };

        return site is { } found && WrittenConstant.Of(found.Value) is { } modelId
            ? new ModelIdentifierModel(AttributeUseReader.LocationOf(found.Value.Syntax, cancellationToken), found.Provider?.Name, modelId)
            : null;
    }

    /// <summary>What covers the code that names a model, as for an AI call (calls inside a model-call member cover none).</summary>
    private static CoverageResolver InventoryCoverage(Compilation compilation, AnalyzerOptions options, System.Threading.CancellationToken cancellationToken) =>
        ModelCallDetector.For(compilation, options.AnalyzerConfigOptionsProvider, cancellationToken)?.Coverage ?? new CoverageResolver(static _ => false);

    /// <summary>
    /// Calls <paramref name="onIdentifier"/> for every model identifier a constant names at an SDK argument or property:
    /// AIMS010 and the AI policy (AIMS029) read the same places. Nothing is registered where no AI SDK is referenced.
    /// </summary>
    internal static void RegisterIdentifierSites(CompilationStartAnalysisContext start, Action<OperationAnalysisContext, ModelIdentifierModel> onIdentifier)
    {
        if (!ReferencedAssemblies.ReferencesAiSdk(start.Compilation))
        {
            return;
        }

        var sdkTypes = new SdkTypeProviders();
        start.RegisterOperationAction(
            context =>
            {
                var arguments = context.Operation switch
                {
                    IInvocationOperation invocation => invocation.Arguments,
                    IObjectCreationOperation creation => creation.Arguments,
                    _ => ImmutableArray<IArgumentOperation>.Empty,
                };

                foreach (var argument in arguments)
                {
                    if (Identifier(argument, sdkTypes, context.CancellationToken) is { } identifier)
                    {
                        onIdentifier(context, identifier);
                    }
                }
            },
            OperationKind.Invocation,
            OperationKind.ObjectCreation);
        start.RegisterOperationAction(
            context =>
            {
                if (Identifier(context.Operation, sdkTypes, context.CancellationToken) is { } identifier)
                {
                    onIdentifier(context, identifier);
                }
            },
            OperationKind.SimpleAssignment);
    }

    private static void Report(OperationAnalysisContext context, ModelIdentifierModel identifier, CoverageResolver? coverage)
    {
        if (CheckIdentifier(identifier) is { } finding)
        {
            context.ReportDiagnostic(FindingDiagnostics.Create(finding, context.Operation.Syntax.SyntaxTree));
        }

        if (coverage is not null)
        {
            var covered = coverage.Resolve(context.Operation, context.ContainingSymbol);
            var tree = context.Operation.Syntax.SyntaxTree;
            context.ReportDiagnostic(InventoryDiagnostics.Model(
                Location.Create(tree, new TextSpan(identifier.Location.Start, identifier.Location.Length)),
                SymbolNames.Caller(context.ContainingSymbol),
                identifier.ModelId,
                identifier.Provider,
                ModelProviders.IsCertainlyPinned(identifier.Provider is null ? null : ModelProviders.OfName(identifier.Provider), identifier.ModelId),
                covered.Kind == CallSiteCoverageKind.Covered ? covered.SystemId ?? string.Empty : null));
        }
    }

    /// <summary>Not pinned although a pinned identifier exists: the provider's ids are versions and the model has snapshots.</summary>
    private static bool ShouldBePinned(ModelProvider? provider, string modelId) =>
        ModelProviders.ChecksPinning(provider) && !ModelProviders.IsPinned(provider, modelId) && !UnpinnableModels.Contains(provider, modelId);

    private static string Hint(ModelProvider? provider) => $": use a form such as '{ModelProviders.PinnedExampleFor(provider)}'";
}
