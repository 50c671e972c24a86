using System.Collections.Immutable;

namespace Aims.Analyzers.Declarations;

/// <summary>A governance attribute in the schema: its type name, its manifest field and its members.</summary>
internal sealed class GovernanceAttribute
{
    public GovernanceAttribute(string name, string jsonName, params GovernanceMember[] members)
    {
        Name = name;
        JsonName = jsonName;
        Members = ImmutableArray.Create(members);
    }

    /// <summary>The attribute's type name, for example "DataSourceAttribute".</summary>
    public string Name { get; }

    /// <summary>Where the manifest writes its uses, for example "dataSources".</summary>
    public string JsonName { get; }

    public ImmutableArray<GovernanceMember> Members { get; }

    /// <summary>The name as written in code: "DataSource".</summary>
    public string ShortName => Name.EndsWith("Attribute", System.StringComparison.Ordinal) ? Name.Substring(0, Name.Length - "Attribute".Length) : Name;

    public GovernanceMember? Member(string property)
    {
        foreach (var member in Members)
        {
            if (string.Equals(member.Property, property, System.StringComparison.OrdinalIgnoreCase))
            {
                return member;
            }
        }

        return null;
    }
}
