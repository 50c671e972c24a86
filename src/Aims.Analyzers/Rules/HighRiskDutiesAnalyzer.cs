using System.Collections.Generic;
using Aims.Analyzers.Declarations;
using Aims.Analyzers.Diagnostics;
using Aims.Analyzers.Model;
using Aims.Manifest.Vocabulary;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis;

namespace Aims.Analyzers.Rules;

/// <summary>
/// The duties of a high-risk AI system: human oversight (AIMS002), an impact assessment reference (AIMS005) and event
/// logging (AIMS013), on the declaration or any piece, here or in a referenced assembly.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class HighRiskDutiesAnalyzer : DeclarationRuleAnalyzer
{
    public HighRiskDutiesAnalyzer()
        : base(Check, RuleTable.HighRiskWithoutOversight, RuleTable.HighRiskWithoutImpactAssessment, RuleTable.HighRiskWithoutEventLogging)
    {
    }

    internal static IEnumerable<Finding> Check(DeclarationGraph graph)
    {
        foreach (var declared in graph.DeclaredSystems())
        {
            if (declared.Risk != "High")
            {
                continue;
            }

            var location = declared.Declaration.Location;
            if (!declared.System.Has(AimsAttributeNames.HumanOversight))
            {
                yield return Finding.At(RuleTable.HighRiskWithoutOversight.Id, location, declared.Id);
            }

            if (GovernanceValueRules.IsBlank(declared.Declaration.Value("ImpactAssessment")))
            {
                yield return Finding.At(RuleTable.HighRiskWithoutImpactAssessment.Id, location, declared.Id);
            }

            if (!declared.System.Has(AimsAttributeNames.AiEventLogging))
            {
                yield return Finding.At(RuleTable.HighRiskWithoutEventLogging.Id, location, declared.Id);
            }
        }
    }
}
