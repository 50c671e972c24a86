using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System;
using Aims.Analyzers.Model;
using Aims.Manifest.Vocabulary;

namespace Aims.Analyzers.Declarations;

/// <summary>
/// The governance declarations of a compilation and its references as plain values: every AI system id with its
/// declarations, pieces and facts, and the assembly-level management-system and Statement-of-Applicability entries.
/// The rules check it and the manifest is a projection of it; both get it from the same attribute models.
/// </summary>
internal sealed class DeclarationGraph
{
    private DeclarationGraph(ImmutableArray<AttributeUseModel> uses, ImmutableSortedDictionary<string, AiSystemNode> systems)
    {
        Uses = uses;
        Systems = systems;
        ManagementSystem = uses.FirstOrDefault(use => use.IsInSource && use.Attribute == AimsAttributeNames.AiManagementSystem);
        Applicability = uses.Where(use => use.IsInSource && use.Attribute == AimsAttributeNames.AiControlApplicability).ToImmutableArray();
    }

    public static DeclarationGraph Empty { get; } = new(ImmutableArray<AttributeUseModel>.Empty, ImmutableSortedDictionary.Create<string, AiSystemNode>(StringComparer.Ordinal));

    /// <summary>Every governance attribute use, source ones first in path and line order, then referenced ones.</summary>
    public ImmutableArray<AttributeUseModel> Uses { get; }

    /// <summary>Every system id declared or joined here or in a reference, by id (ordinal).</summary>
    public ImmutableSortedDictionary<string, AiSystemNode> Systems { get; }

    /// <summary>The source [assembly: AiManagementSystem], if any.</summary>
    public AttributeUseModel? ManagementSystem { get; }

    /// <summary>The source [assembly: AiControlApplicability] entries.</summary>
    public ImmutableArray<AttributeUseModel> Applicability { get; }

    public IEnumerable<AttributeUseModel> SourceUses => Uses.Where(use => use.IsInSource);

    public AiSystemNode? System(string id) => Systems.TryGetValue(id, out var system) ? system : null;

    /// <summary>
    /// Every [AiSystem] in source whose id is well formed, with its system. A declaration with an ill-formed id is AIMS007's
    /// to report; its facts cannot be joined, so the system rules skip it.
    /// </summary>
    public IEnumerable<DeclaredSystem> DeclaredSystems() =>
        Systems.Values
            .Where(system => GovernanceValueRules.IsWellFormedId(system.Id))
            .SelectMany(system => system.Declarations.Where(declaration => declaration.IsInSource).Select(declaration => new DeclaredSystem(system, declaration)));

    /// <summary>The system id an [AiSystem] or [PartOfAiSystem] names: its first argument, "" when it has none.</summary>
    public static string SystemIdOf(AttributeUseModel use) => use.Value(use.Attribute == AimsAttributeNames.AiSystem ? "Id" : "SystemId") ?? string.Empty;

    public static DeclarationGraph Build(IEnumerable<AttributeUseModel> uses)
    {
        var all = uses.ToImmutableArray();
        if (all.IsEmpty)
        {
            return Empty;
        }

        var ordered = all
            .OrderBy(use => use.IsInSource ? 0 : 1)
            .ThenBy(use => use.Location?.Path ?? use.Assembly, StringComparer.Ordinal)
            .ThenBy(use => use.Location?.Start ?? 0)
            .ThenBy(use => use.SymbolId, StringComparer.Ordinal)
            .ThenBy(use => use.Attribute, StringComparer.Ordinal)
            .ToImmutableArray();

        var declarations = ordered.Where(use => use.Attribute == AimsAttributeNames.AiSystem).ToLookup(SystemIdOf, StringComparer.Ordinal);
        var pieces = ordered.Where(use => use.Attribute == AimsAttributeNames.PartOfAiSystem).ToLookup(SystemIdOf, StringComparer.Ordinal);
        var facts = AttachFacts(ordered);
        var systems = declarations.Select(group => group.Key).Concat(pieces.Select(group => group.Key)).Distinct(StringComparer.Ordinal)
            .ToImmutableSortedDictionary(
                id => id,
                id => new AiSystemNode(
                    id,
                    declarations[id].ToImmutableArray(),
                    pieces[id].ToImmutableArray(),
                    facts.TryGetValue(id, out var list) ? list.ToImmutableArray() : ImmutableArray<AttributeUseModel>.Empty),
                StringComparer.Ordinal);
        return new DeclarationGraph(ordered, systems);
    }

    /// <summary>A fact belongs to the systems declared or joined on its own symbol or the nearest enclosing one, in its own assembly.</summary>
    private static Dictionary<string, List<AttributeUseModel>> AttachFacts(ImmutableArray<AttributeUseModel> uses)
    {
        var systemsByOwner = uses
            .Where(use => use.Attribute is AimsAttributeNames.AiSystem or AimsAttributeNames.PartOfAiSystem)
            .ToLookup(use => (use.Assembly, use.SymbolId), SystemIdOf);

        var facts = new Dictionary<string, List<AttributeUseModel>>(StringComparer.Ordinal);
        foreach (var fact in uses.Where(use => GovernanceAttributeSchema.IsFact(use.Attribute)))
        {
            foreach (var owner in fact.OwnerIds)
            {
                var systems = systemsByOwner[(fact.Assembly, owner)].Distinct(StringComparer.Ordinal).ToList();
                if (systems.Count == 0)
                {
                    continue;
                }

                foreach (var system in systems)
                {
                    if (!facts.TryGetValue(system, out var list))
                    {
                        facts[system] = list = new List<AttributeUseModel>();
                    }

                    list.Add(fact);
                }

                break;
            }
        }

        return facts;
    }
}
