using System.Collections.Generic;
using Aims.Analyzers.Declarations;
using Aims.Analyzers.Diagnostics;
using Aims.Analyzers.Model;
using Aims.Manifest.Vocabulary;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis;

namespace Aims.Analyzers.Rules;

/// <summary>The risk tier of a declared system: a prohibited practice (AIMS008) or no assessment yet (AIMS018).</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class RiskTierAnalyzer : DeclarationRuleAnalyzer
{
    public RiskTierAnalyzer()
        : base(Check, RuleTable.ProhibitedPractice, RuleTable.UnassessedRisk)
    {
    }

    internal static IEnumerable<Finding> Check(DeclarationGraph graph)
    {
        foreach (var declared in graph.DeclaredSystems())
        {
            if (declared.Risk == GovernanceEnums.AiRiskLevel.UnsetMember)
            {
                yield return Finding.At(RuleTable.UnassessedRisk.Id, declared.Declaration.Location, declared.Id);
            }
            else if (declared.Risk == "Prohibited")
            {
                var at = declared.Declaration.Argument("Risk")?.Location ?? declared.Declaration.Location;
                yield return Finding.At(RuleTable.ProhibitedPractice.Id, at, declared.Id);
            }
        }
    }
}
