using System;
using Aims.Manifest.Vocabulary;

namespace Aims.Analyzers.Model;

/// <summary>
/// A governance attribute applied to a symbol, as plain values. <see cref="OwnerIds"/> are the ids of the symbol and of
/// everything that contains it, innermost first and ending with the assembly: a fact belongs to the nearest of them that
/// declares or joins a system. <see cref="Assembly"/> names a referenced assembly the attribute was read from; source
/// attributes have a <see cref="Location"/> instead.
/// </summary>
internal sealed record AttributeUseModel(
    string Attribute,
    string SymbolDisplay,
    EquatableArray<string> OwnerIds,
    EquatableArray<AttributeArgumentModel> Arguments,
    SourceLocation? Location,
    string? Assembly)
{
    public const string AssemblyOwnerId = "assembly";

    public bool IsInSource => Location is not null;

    /// <summary>The id of the symbol the attribute is on.</summary>
    public string SymbolId => OwnerIds.Length > 0 ? OwnerIds[0] : AssemblyOwnerId;

    public AttributeArgumentModel? Argument(string member)
    {
        foreach (var argument in Arguments)
        {
            if (string.Equals(argument.Member, member, StringComparison.OrdinalIgnoreCase))
            {
                return argument;
            }
        }

        return null;
    }

    /// <summary>The written value of a member (a string, a number, an enum member name), or null when it is not written.</summary>
    public string? Value(string member) => Argument(member)?.Value;

    /// <summary>The enum member a member names, or <paramref name="type"/>'s unset member when it is not written or not a member (AIMS007).</summary>
    public string EnumMember(string member, GovernanceEnum type) =>
        Argument(member) is { Kind: AttributeValueKind.Enum, Value: { } value } ? value : type.UnsetMember!;
}
