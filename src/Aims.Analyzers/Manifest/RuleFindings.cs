using System;
using System.Collections.Generic;
using System.Linq;
using Aims.Analyzers.Declarations;
using Aims.Analyzers.Detection;
using Aims.Analyzers.Model;
using Aims.Analyzers.Rules;

namespace Aims.Analyzers.Manifest;

/// <summary>
/// Every rule's findings for the manifest, from the same checks the analyzers run: the declaration rules on the graph,
/// AIMS001/AIMS020 on the uncovered calls, AIMS012/AIMS016 on the calls each system covers, AIMS010 and AIMS014 on the
/// literals, AIMS019 on the configuration.
/// </summary>
internal static class RuleFindings
{
    public static IEnumerable<Finding> All(DeclarationGraph graph, IReadOnlyList<CallSiteModel> callSites, IReadOnlyCollection<LiteralSiteModel> literals, IReadOnlyCollection<string> malformedModelCallSymbols)
    {
        // Every rule reads a declaration, a call, a literal or the option: a build without any has nothing to check,
        // and does not pay for compiling the checks.
        if (graph.Uses.IsEmpty && callSites.Count == 0 && literals.Count == 0 && malformedModelCallSymbols.Count == 0)
        {
            yield break;
        }

        var declarationRules = new Func<DeclarationGraph, IEnumerable<Finding>>[]
        {
            HighRiskDutiesAnalyzer.Check,
            DataGovernanceAnalyzer.Check,
            AccountabilityAnalyzer.Check,
            SystemIdentityAnalyzer.Check,
            GovernanceValueAnalyzer.Check,
            RiskTierAnalyzer.Check,
            ApplicabilityAnalyzer.Check,
            ModelPinningAnalyzer.CheckDeclared,
        };

        foreach (var rule in declarationRules)
        {
            foreach (var finding in rule(graph))
            {
                yield return finding;
            }
        }

        foreach (var site in callSites.Where(site => site.CoveringSystemId is null))
        {
            yield return ModelCallCoverageAnalyzer.Undeclared(site.Location, site.CallingMember, site.CalledMember, site.Sdk, site.Kind, site.Bound);
        }

        var kinds = callSites.Where(site => site.CoveringSystemId is not null).ToLookup(site => site.CoveringSystemId!, site => site.Kind, StringComparer.Ordinal);
        foreach (var finding in ModelCallCoverageAnalyzer.CheckSystemUsage(graph, id => kinds[id].ToList()))
        {
            yield return finding;
        }

        foreach (var literal in literals)
        {
            if (literal.Identifier is { } identifier && ModelPinningAnalyzer.CheckIdentifier(identifier) is { } unpinned)
            {
                yield return unpinned;
            }

            if (literal.Credential is { } credential)
            {
                yield return LiteralCredentialAnalyzer.Check(credential);
            }
        }

        foreach (var finding in ModelCallSymbolsOptionAnalyzer.Check(malformedModelCallSymbols))
        {
            yield return finding;
        }
    }
}
