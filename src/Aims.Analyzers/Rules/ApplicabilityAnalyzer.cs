using System.Collections.Generic;
using Aims.Analyzers.Declarations;
using Aims.Analyzers.Diagnostics;
using Aims.Analyzers.Model;
using Aims.Manifest.Vocabulary;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis;

namespace Aims.Analyzers.Rules;

/// <summary>AIMS015: a Statement-of-Applicability entry that excludes an Annex A control without a justification.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ApplicabilityAnalyzer : DeclarationRuleAnalyzer
{
    public ApplicabilityAnalyzer()
        : base(Check, RuleTable.ExclusionWithoutJustification)
    {
    }

    internal static IEnumerable<Finding> Check(DeclarationGraph graph)
    {
        foreach (var entry in graph.Applicability)
        {
            if (entry.Value("Applicable") == "false" && GovernanceValueRules.IsBlank(entry.Value("Justification")))
            {
                yield return Finding.At(RuleTable.ExclusionWithoutJustification.Id, entry.Location, entry.Value("ControlId") ?? string.Empty);
            }
        }
    }
}
