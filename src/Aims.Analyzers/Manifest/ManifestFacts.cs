using System.Collections.Generic;
using System.Linq;
using Aims.Analyzers.Declarations;
using Aims.Analyzers.Generator;

namespace Aims.Analyzers.Manifest;

/// <summary>
/// The facts of one assembly arranged for the manifest: its systems (with pieces and facts joined by id, each fact on
/// the nearest declared or joined symbol), the undeclared usages and the assembly-level entries.
/// </summary>
internal sealed class ManifestFacts
{
    public ManifestFacts(IEnumerable<AttributeUseModel> uses, IEnumerable<CallSiteModel> callSites, IEnumerable<ModelLiteralModel> modelLiterals)
    {
        var all = uses.ToList();
        foreach (var declaration in all.Where(use => use.AttributeName == AimsAttributeNames.AiSystem && GovernanceValueRules.IsWellFormedId(use.Argument("Id"))))
        {
            // A duplicate id (AIMS006) keeps its first declaration in source order.
            var id = declaration.Argument("Id")!;
            if (!Systems.ContainsKey(id))
            {
                Systems.Add(id, new AiSystemEntry(declaration));
            }
        }

        foreach (var piece in all.Where(use => use.AttributeName == AimsAttributeNames.PartOfAiSystem))
        {
            if (piece.Argument("SystemId") is { } id && Systems.TryGetValue(id, out var system))
            {
                system.Pieces.Add(piece);
            }
        }

        var systemsBySymbol = all
            .Where(use => use.AttributeName is AimsAttributeNames.AiSystem or AimsAttributeNames.PartOfAiSystem)
            .GroupBy(use => use.SymbolId)
            .ToDictionary(group => group.Key, group => group.Select(use => use.Argument(use.AttributeName == AimsAttributeNames.AiSystem ? "Id" : "SystemId")).ToList());

        foreach (var fact in all.Where(use => SystemFacts.IsFact(use.AttributeName)))
        {
            foreach (var owner in new[] { fact.SymbolId }.Concat(fact.ContainerIds))
            {
                if (systemsBySymbol.TryGetValue(owner, out var ids))
                {
                    foreach (var id in ids)
                    {
                        if (id is not null && Systems.TryGetValue(id, out var system))
                        {
                            system.Facts.Add(fact);
                        }
                    }

                    break;
                }
            }
        }

        foreach (var site in callSites)
        {
            if (site.CoveringSystemId is null)
            {
                UndeclaredUsages.Add(site);
            }
            else if (Systems.TryGetValue(site.CoveringSystemId, out var system))
            {
                system.CallSites.Add(site);
            }
        }

        foreach (var literal in modelLiterals.Distinct())
        {
            if (Systems.TryGetValue(literal.CoveringSystemId, out var system))
            {
                system.ModelLiterals.Add(literal);
            }
        }

        ManagementSystem = all.FirstOrDefault(use => use.AttributeName == AimsAttributeNames.AiManagementSystem);
        Applicability = all.Where(use => use.AttributeName == AimsAttributeNames.AiControlApplicability).ToList();
    }

    public SortedDictionary<string, AiSystemEntry> Systems { get; } = new(System.StringComparer.Ordinal);

    public List<CallSiteModel> UndeclaredUsages { get; } = new();

    public AttributeUseModel? ManagementSystem { get; }

    public List<AttributeUseModel> Applicability { get; }
}
