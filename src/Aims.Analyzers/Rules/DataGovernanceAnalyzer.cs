using System.Collections.Generic;
using Aims.Analyzers.Declarations;
using Aims.Analyzers.Diagnostics;
using Aims.Analyzers.Model;
using Aims.Manifest.Vocabulary;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis;

namespace Aims.Analyzers.Rules;

/// <summary>Data governance: a system without a declared data source (AIMS003), personal data without a lawful basis (AIMS011).</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class DataGovernanceAnalyzer : DeclarationRuleAnalyzer
{
    public DataGovernanceAnalyzer()
        : base(Check, RuleTable.SystemWithoutDataSource, RuleTable.PersonalDataWithoutLawfulBasis)
    {
    }

    internal static IEnumerable<Finding> Check(DeclarationGraph graph)
    {
        foreach (var declared in graph.DeclaredSystems())
        {
            if (!declared.System.Has(AimsAttributeNames.DataSource))
            {
                yield return Finding.At(RuleTable.SystemWithoutDataSource.Id, declared.Declaration.Location, declared.Id);
            }
        }

        foreach (var source in graph.SourceUses)
        {
            if (source.Attribute == AimsAttributeNames.DataSource &&
                source.Value("ContainsPersonalData") == "true" &&
                GovernanceValueRules.IsBlank(source.Value("LawfulBasis")))
            {
                yield return Finding.At(RuleTable.PersonalDataWithoutLawfulBasis.Id, source.Location, source.Value("Name") ?? string.Empty);
            }
        }
    }
}
