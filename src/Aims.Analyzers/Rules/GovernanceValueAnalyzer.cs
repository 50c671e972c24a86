using System.Collections.Generic;
using System.Linq;
using Aims.Analyzers.Declarations;
using Aims.Analyzers.Diagnostics;
using Aims.Analyzers.Model;
using Aims.Manifest.Vocabulary;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis;

namespace Aims.Analyzers.Rules;

/// <summary>
/// The values written in governance attributes, checked against the attribute schema: invalid values (AIMS007) and
/// placeholders that a person still has to fill in (AIMS017).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class GovernanceValueAnalyzer : DeclarationRuleAnalyzer
{
    public GovernanceValueAnalyzer()
        : base(Check, RuleTable.InvalidGovernanceValue, RuleTable.Placeholder)
    {
    }

    internal static IEnumerable<Finding> Check(DeclarationGraph graph)
    {
        foreach (var use in graph.SourceUses)
        {
            var schema = GovernanceAttributeSchema.Find(use.Attribute);
            foreach (var argument in use.Arguments)
            {
                var where = (schema?.ShortName ?? use.Attribute) + "." + argument.Member;
                var at = argument.Location ?? use.Location;
                if (GovernanceValueProblems.Describe(where, schema?.Member(argument.Member)?.Kind, argument) is { } problem)
                {
                    yield return Finding.At(RuleTable.InvalidGovernanceValue.Id, at, problem);
                }

                var texts = argument.Kind == AttributeValueKind.Array ? argument.Values.AsImmutableArray() : System.Collections.Immutable.ImmutableArray.Create(argument.Value);
                foreach (var text in texts.Where(GovernanceValueRules.IsPlaceholder))
                {
                    yield return Finding.At(RuleTable.Placeholder.Id, at, where, text!.Trim());
                }
            }
        }
    }
}
