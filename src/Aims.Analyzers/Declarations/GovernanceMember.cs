using Aims.Manifest.Vocabulary;

namespace Aims.Analyzers.Declarations;

/// <summary>
/// One member of a governance attribute: the property (constructor parameters map to it by name), what its value
/// holds, its field name in the manifest, and what the manifest writes when nobody sets it.
/// </summary>
/// <param name="JsonName">The manifest field; null for a member that is not written as a field of its own.</param>
/// <param name="Enum">The enum of an <see cref="GovernanceValueKind.Enum"/> member.</param>
/// <param name="WhenUnset">The manifest's value when the member is not written (or holds its enum's "not stated" member): null unless stated here.</param>
internal sealed record GovernanceMember(
    string Property,
    GovernanceValueKind Kind,
    string? JsonName,
    GovernanceEnum? Enum = null,
    UnsetValue WhenUnset = UnsetValue.Null);

/// <summary>What an unset member means, per the attribute's documented default.</summary>
internal enum UnsetValue
{
    /// <summary>Nobody stated it: the manifest writes null.</summary>
    Null,

    /// <summary>A documented default of true (ServesPeopleDirectly).</summary>
    True,

    /// <summary>The enum's "not stated" member, which is itself the fact (Risk = Unassessed: no assessment yet).</summary>
    UnsetMember,

    /// <summary>An empty list.</summary>
    EmptyArray,
}
