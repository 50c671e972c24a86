using System.Collections.Immutable;

namespace Aims.Manifest.Vocabulary;

/// <summary>
/// An enum of Aims.Annotations as the schema knows it: member names by value, and the value that means "not stated"
/// (written as null in the manifest), if the enum has one.
/// </summary>
internal sealed class GovernanceEnum
{
    public GovernanceEnum(string name, string? unsetMember, params string[] members)
    {
        Name = name;
        UnsetMember = unsetMember;
        Members = ImmutableArray.Create(members);
    }

    public string Name { get; }

    public string? UnsetMember { get; }

    /// <summary>Member names in value order: the member at index n has the value n.</summary>
    public ImmutableArray<string> Members { get; }

    public string? NameOf(long value) => value >= 0 && value < Members.Length ? Members[(int)value] : null;
}
