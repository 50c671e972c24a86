using System.Collections.Generic;
using Aims.Analyzers.Declarations;
using Aims.Analyzers.Diagnostics;
using Aims.Analyzers.Model;
using Aims.Manifest.Vocabulary;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis;

namespace Aims.Analyzers.Rules;

/// <summary>AIMS004: an AI system without an accountable owner or an intended purpose. A placeholder is AIMS017's to report.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class AccountabilityAnalyzer : DeclarationRuleAnalyzer
{
    public AccountabilityAnalyzer()
        : base(Check, RuleTable.SystemWithoutOwnerOrPurpose)
    {
    }

    internal static IEnumerable<Finding> Check(DeclarationGraph graph)
    {
        foreach (var declared in graph.DeclaredSystems())
        {
            var missing = new List<string>();
            foreach (var member in new[] { "Owner", "Purpose" })
            {
                if (GovernanceValueRules.IsBlank(declared.Declaration.Value(member)))
                {
                    missing.Add(member);
                }
            }

            if (missing.Count > 0)
            {
                yield return Finding.At(RuleTable.SystemWithoutOwnerOrPurpose.Id, declared.Declaration.Location, declared.Id, string.Join(" and no ", missing));
            }
        }
    }
}
