using System;
using System.Collections.Immutable;
using Aims.Analyzers.Declarations;
using Aims.Analyzers.Detection;
using Aims.Analyzers.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Aims.Analyzers.Rules;

/// <summary>
/// AIMS010: a model identifier that is not pinned, where an AI client is created or configured (a constant passed to a
/// model parameter or assigned to a Model/ModelId property of an AI SDK type) or where a model is declared with [AiModel].
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ModelPinningAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.UnpinnedModel);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            if (ModelProviders.AnyReferenced(start.Compilation))
            {
                var providers = new SdkTypeProviders();
                start.RegisterOperationAction(operation => AnalyzeArguments(operation, providers), OperationKind.Invocation, OperationKind.ObjectCreation);
                start.RegisterOperationAction(operation => AnalyzeAssignment(operation, providers), OperationKind.SimpleAssignment);
            }

            SourceAttributeActions.Register(start, (use, _, model) => AnalyzeDeclaredModel(use, model.ReportDiagnostic, model.CancellationToken));
        });
    }

    private static void AnalyzeArguments(OperationAnalysisContext context, SdkTypeProviders providers)
    {
        var arguments = context.Operation switch
        {
            IInvocationOperation invocation => invocation.Arguments,
            IObjectCreationOperation creation => creation.Arguments,
            _ => ImmutableArray<IArgumentOperation>.Empty,
        };

        foreach (var argument in arguments)
        {
            if (ModelIdentifierSite.FromArgument(argument, providers.Of) is { } site)
            {
                Check(context, site.Value, site.Provider);
            }
        }
    }

    private static void AnalyzeAssignment(OperationAnalysisContext context, SdkTypeProviders providers)
    {
        if (context.Operation is ISimpleAssignmentOperation assignment && ModelIdentifierSite.FromAssignment(assignment, providers.Of) is { } site)
        {
            Check(context, site.Value, site.Provider);
        }
    }

    private static void Check(OperationAnalysisContext context, IOperation value, ModelProvider provider)
    {
        if (ModelIdentifierSite.ConstantModelId(value) is { } modelId && !ModelProviders.IsPinned(provider, modelId))
        {
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.UnpinnedModel, value.Syntax.GetLocation(), modelId, provider.Name, Hint(provider)));
        }
    }

    private static void AnalyzeDeclaredModel(AimsAttributeUse use, Action<Diagnostic> report, System.Threading.CancellationToken cancellationToken)
    {
        if (use.Name != AimsAttributeNames.AiModel ||
            use.GetString("ModelId") is not { } modelId ||
            GovernanceValueRules.IsBlank(modelId) ||
            !GovernanceValueRules.IsBlank(use.GetString("Version")))
        {
            return;
        }

        var provider = ModelProviders.OfDeclaredName(use.GetString("Provider"));
        if (!ModelProviders.IsPinned(provider, modelId))
        {
            report(Diagnostic.Create(DiagnosticDescriptors.UnpinnedModel, use.GetLocation("ModelId", cancellationToken), modelId, provider.Name, Hint(provider) + ", or set Version"));
        }
    }

    private static string Hint(ModelProvider provider) => $": use a form such as '{provider.Example}'";
}
