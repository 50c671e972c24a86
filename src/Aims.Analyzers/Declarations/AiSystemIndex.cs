using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using Aims.Analyzers.Detection;
using Microsoft.CodeAnalysis;

namespace Aims.Analyzers.Declarations;

/// <summary>
/// Every Aims attribute of a compilation and of its references that use Aims.Annotations, with each system's facts:
/// the union of its declaration and of every [PartOfAiSystem] piece. Built once per compilation and shared by the analyzers.
/// </summary>
internal sealed class AiSystemIndex
{
    private static readonly ConditionalWeakTable<Compilation, AiSystemIndex> Cache = new();

    private readonly ImmutableDictionary<SyntaxTree, ImmutableArray<AimsAttributeUse>> _sourceUsesByTree;
    private readonly ImmutableDictionary<string, SystemFacts> _facts;

    private AiSystemIndex(List<AimsAttributeUse> uses)
    {
        AllUses = uses.ToImmutableArray();
        _sourceUsesByTree = uses
            .Where(use => use.SyntaxTree is not null)
            .GroupBy(use => use.SyntaxTree!)
            .ToImmutableDictionary(group => group.Key, group => group.ToImmutableArray());

        Declarations = GroupBySystem(uses, AimsAttributeNames.AiSystem);
        Pieces = GroupBySystem(uses, AimsAttributeNames.PartOfAiSystem);
        _facts = AttachFacts(uses);
    }

    /// <summary>Every Aims attribute use, from source and references.</summary>
    public ImmutableArray<AimsAttributeUse> AllUses { get; }

    /// <summary>[AiSystem] uses by system id (ordinal), from source and references.</summary>
    public ImmutableDictionary<string, ImmutableArray<AimsAttributeUse>> Declarations { get; }

    /// <summary>[PartOfAiSystem] uses by system id (ordinal), from source and references.</summary>
    public ImmutableDictionary<string, ImmutableArray<AimsAttributeUse>> Pieces { get; }

    /// <summary>The index, or null when the compilation cannot use Aims attributes at all.</summary>
    public static AiSystemIndex? Get(Compilation compilation, CancellationToken cancellationToken)
    {
        if (compilation.GetTypeByMetadataName(AimsAttributeNames.AiSystemMetadataName) is null)
        {
            return null;
        }

        return Cache.GetValue(compilation, c => Build(c, cancellationToken));
    }

    public ImmutableArray<AimsAttributeUse> SourceUsesIn(SyntaxTree tree) =>
        _sourceUsesByTree.TryGetValue(tree, out var uses) ? uses : ImmutableArray<AimsAttributeUse>.Empty;

    public SystemFacts FactsOf(string systemId) => _facts.TryGetValue(systemId, out var facts) ? facts : SystemFacts.Empty;

    private static AiSystemIndex Build(Compilation compilation, CancellationToken cancellationToken)
    {
        var uses = new List<AimsAttributeUse>();
        var candidateTrees = new HashSet<SyntaxTree>(compilation.SyntaxTrees.Where(tree => SourceTextPrefilter.MayUseAimsAttributes(tree, cancellationToken)));
        Collect(compilation.Assembly, uses, type => type.DeclaringSyntaxReferences.Any(reference => candidateTrees.Contains(reference.SyntaxTree)), cancellationToken);
        foreach (var assembly in compilation.SourceModule.ReferencedAssemblySymbols)
        {
            if (AimsAttributeNames.IsReferencedBy(assembly))
            {
                Collect(assembly, uses, _ => true, cancellationToken);
            }
        }

        return new AiSystemIndex(uses);
    }

    /// <summary>Adds the Aims attributes of the assembly and of the types (and their members) that <paramref name="mayHaveAttributes"/> admits.</summary>
    private static void Collect(IAssemblySymbol assembly, List<AimsAttributeUse> uses, System.Func<INamedTypeSymbol, bool> mayHaveAttributes, CancellationToken cancellationToken)
    {
        AddUses(assembly, uses);
        var pending = new Stack<INamespaceOrTypeSymbol>();
        pending.Push(assembly.GlobalNamespace);
        while (pending.Count > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var member in pending.Pop().GetMembers())
            {
                switch (member)
                {
                    case INamespaceSymbol ns:
                        pending.Push(ns);
                        break;
                    case INamedTypeSymbol type when !type.IsImplicitlyDeclared:
                        if (mayHaveAttributes(type))
                        {
                            AddUses(type, uses);
                            foreach (var typeMember in type.GetMembers())
                            {
                                if (typeMember is IMethodSymbol or IPropertySymbol && !typeMember.IsImplicitlyDeclared)
                                {
                                    AddUses(typeMember, uses);
                                }
                            }
                        }

                        pending.Push(type);
                        break;
                }
            }
        }
    }

    private static void AddUses(ISymbol symbol, List<AimsAttributeUse> uses)
    {
        foreach (var attribute in symbol.GetAttributes())
        {
            if (AimsAttributeNames.NameOf(attribute) is { } name)
            {
                uses.Add(new AimsAttributeUse(symbol, attribute, name));
            }
        }
    }

    private static ImmutableDictionary<string, ImmutableArray<AimsAttributeUse>> GroupBySystem(List<AimsAttributeUse> uses, string attributeName) =>
        uses.Where(use => use.Name == attributeName && use.SystemId is not null)
            .GroupBy(use => use.SystemId!, System.StringComparer.Ordinal)
            .ToImmutableDictionary(group => group.Key, group => group.ToImmutableArray(), System.StringComparer.Ordinal);

    /// <summary>A fact attribute belongs to the systems declared or joined on its own symbol or the nearest enclosing one.</summary>
    private static ImmutableDictionary<string, SystemFacts> AttachFacts(List<AimsAttributeUse> uses)
    {
        var systemsBySymbol = uses
            .Where(use => use.SystemId is not null && (use.Name == AimsAttributeNames.AiSystem || use.Name == AimsAttributeNames.PartOfAiSystem))
            .GroupBy(use => use.Symbol, SymbolEqualityComparer.Default)
            .ToDictionary(group => group.Key, group => group.Select(use => use.SystemId!).ToList(), SymbolEqualityComparer.Default);

        var facts = new Dictionary<string, List<AimsAttributeUse>>(System.StringComparer.Ordinal);
        foreach (var use in uses)
        {
            if (!SystemFacts.IsFact(use.Name))
            {
                continue;
            }

            for (ISymbol? owner = use.Symbol; owner is not null; owner = owner is IAssemblySymbol ? null : (ISymbol?)owner.ContainingType ?? owner.ContainingAssembly)
            {
                if (systemsBySymbol.TryGetValue(owner, out var systems))
                {
                    foreach (var system in systems)
                    {
                        if (!facts.TryGetValue(system, out var list))
                        {
                            facts[system] = list = new List<AimsAttributeUse>();
                        }

                        list.Add(use);
                    }

                    break;
                }
            }
        }

        return facts.ToImmutableDictionary(pair => pair.Key, pair => new SystemFacts(pair.Value.ToImmutableArray()), System.StringComparer.Ordinal);
    }
}
