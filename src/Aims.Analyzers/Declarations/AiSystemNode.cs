using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Aims.Analyzers.Model;
using Aims.Manifest.Vocabulary;

namespace Aims.Analyzers.Declarations;

/// <summary>
/// One AI system id of the declaration graph: its declarations (in source first, then in referenced assemblies; more
/// than one is AIMS006), its [PartOfAiSystem] pieces and the facts of all of them, here and in references.
/// </summary>
internal sealed class AiSystemNode
{
    public AiSystemNode(string id, ImmutableArray<AttributeUseModel> declarations, ImmutableArray<AttributeUseModel> pieces, ImmutableArray<AttributeUseModel> facts)
    {
        Id = id;
        Declarations = declarations;
        Pieces = pieces;
        Facts = facts;
    }

    public string Id { get; }

    /// <summary>A system known only by the id that covers a call.</summary>
    public static AiSystemNode DeclaredNowhere(string id) =>
        new(id, ImmutableArray<AttributeUseModel>.Empty, ImmutableArray<AttributeUseModel>.Empty, ImmutableArray<AttributeUseModel>.Empty);

    public ImmutableArray<AttributeUseModel> Declarations { get; }

    public ImmutableArray<AttributeUseModel> Pieces { get; }

    public ImmutableArray<AttributeUseModel> Facts { get; }

    /// <summary>The declaration that speaks for the system: the first in source, else the first in a reference; null when declared nowhere.</summary>
    public AttributeUseModel? Declaration => Declarations.IsEmpty ? null : Declarations[0];

    public bool IsDeclaredInSource => Declarations.Any(declaration => declaration.IsInSource);

    /// <summary>The referenced assembly that declares the system, or null when it is declared in source or nowhere.</summary>
    public string? DeclaringAssembly => IsDeclaredInSource ? null : Declaration?.Assembly;

    public string? Value(string member) => Declaration?.Value(member);

    /// <summary>The risk tier; unset or undefined (AIMS007) is no assessment.</summary>
    public string Risk => Declaration?.EnumMember("Risk", GovernanceEnums.AiRiskLevel) ?? GovernanceEnums.AiRiskLevel.UnsetMember!;

    /// <summary>True unless the declaration sets ServesPeopleDirectly = false.</summary>
    public bool ServesPeopleDirectly => Value("ServesPeopleDirectly") != "false";

    public IEnumerable<AttributeUseModel> FactsOf(string attributeName) => Facts.Where(fact => fact.Attribute == attributeName);

    public bool Has(string attributeName) => Facts.Any(fact => fact.Attribute == attributeName);
}
