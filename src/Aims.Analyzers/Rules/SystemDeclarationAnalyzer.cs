using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Aims.Analyzers.Declarations;
using Aims.Analyzers.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Aims.Analyzers.Rules;

/// <summary>
/// The completeness and identity of declared AI systems: AIMS002, 003, 004, 005, 006, 008, 009, 013 and 018. A system's
/// facts are the union of its declaration and its [PartOfAiSystem] pieces, here and in referenced assemblies.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SystemDeclarationAnalyzer : DiagnosticAnalyzer
{
    private const int RiskUnassessed = 0;
    private const int RiskHigh = 3;
    private const int RiskProhibited = 4;

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.HighRiskWithoutOversight,
        DiagnosticDescriptors.SystemWithoutDataSource,
        DiagnosticDescriptors.SystemWithoutOwnerOrPurpose,
        DiagnosticDescriptors.HighRiskWithoutImpactAssessment,
        DiagnosticDescriptors.DuplicateSystemId,
        DiagnosticDescriptors.ProhibitedPractice,
        DiagnosticDescriptors.UnknownSystemId,
        DiagnosticDescriptors.HighRiskWithoutEventLogging,
        DiagnosticDescriptors.UnassessedRisk);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start => SourceAttributeActions.Register(start, (use, index, model) =>
        {
            if (use.Name == AimsAttributeNames.AiSystem)
            {
                AnalyzeDeclaration(use, index, model.ReportDiagnostic, model.CancellationToken);
            }
            else if (use.Name == AimsAttributeNames.PartOfAiSystem)
            {
                AnalyzePiece(use, index, model.ReportDiagnostic, model.CancellationToken);
            }
        }));
    }

    private static void AnalyzeDeclaration(AimsAttributeUse declaration, AiSystemIndex index, System.Action<Diagnostic> report, CancellationToken cancellationToken)
    {
        var id = declaration.SystemId;
        if (!GovernanceValueRules.IsWellFormedId(id))
        {
            return; // AIMS007 reports the id; facts cannot be joined without one.
        }

        var location = declaration.GetLocation(cancellationToken);
        var facts = index.FactsOf(id!);
        var risk = AttributeArguments.GetPrimitive(declaration.Attribute, "Risk") is int value ? value : RiskUnassessed;

        if (index.Declarations.TryGetValue(id!, out var sameId) && sameId.Length > 1)
        {
            var others = sameId.Where(other => other != declaration).Select(other => other.DescribePlace(cancellationToken));
            report(Diagnostic.Create(DiagnosticDescriptors.DuplicateSystemId, location, id, string.Join(", ", others)));
        }

        if (risk == RiskUnassessed)
        {
            report(Diagnostic.Create(DiagnosticDescriptors.UnassessedRisk, location, id));
        }
        else if (risk == RiskProhibited)
        {
            report(Diagnostic.Create(DiagnosticDescriptors.ProhibitedPractice, declaration.GetLocation("Risk", cancellationToken), id));
        }

        var missing = new List<string>();
        if (GovernanceValueRules.IsBlank(declaration.GetString("Owner")))
        {
            missing.Add("Owner");
        }

        if (GovernanceValueRules.IsBlank(declaration.GetString("Purpose")))
        {
            missing.Add("Purpose");
        }

        if (missing.Count > 0)
        {
            report(Diagnostic.Create(DiagnosticDescriptors.SystemWithoutOwnerOrPurpose, location, id, string.Join(" and no ", missing)));
        }

        if (!facts.Has(AimsAttributeNames.DataSource))
        {
            report(Diagnostic.Create(DiagnosticDescriptors.SystemWithoutDataSource, location, id));
        }

        if (risk == RiskHigh)
        {
            if (!facts.Has(AimsAttributeNames.HumanOversight))
            {
                report(Diagnostic.Create(DiagnosticDescriptors.HighRiskWithoutOversight, location, id));
            }

            if (GovernanceValueRules.IsBlank(declaration.GetString("ImpactAssessment")))
            {
                report(Diagnostic.Create(DiagnosticDescriptors.HighRiskWithoutImpactAssessment, location, id));
            }

            if (!facts.Has(AimsAttributeNames.AiEventLogging))
            {
                report(Diagnostic.Create(DiagnosticDescriptors.HighRiskWithoutEventLogging, location, id));
            }
        }
    }

    private static void AnalyzePiece(AimsAttributeUse piece, AiSystemIndex index, System.Action<Diagnostic> report, CancellationToken cancellationToken)
    {
        var id = piece.SystemId;
        if (GovernanceValueRules.IsWellFormedId(id) && !index.Declarations.ContainsKey(id!))
        {
            report(Diagnostic.Create(DiagnosticDescriptors.UnknownSystemId, piece.GetLocation(cancellationToken), id));
        }
    }
}
