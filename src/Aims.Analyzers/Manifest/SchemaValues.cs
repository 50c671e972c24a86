using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Aims.Analyzers.Declarations;
using Aims.Analyzers.Model;

namespace Aims.Analyzers.Manifest;

/// <summary>
/// The members of one attribute use as the manifest writes them, by the attribute schema: a member nobody set (not
/// written, an undefined or unfinished enum value, or its enum's "not stated" member) is what
/// <see cref="GovernanceMember.WhenUnset"/> says, null unless the attribute documents a default.
/// </summary>
internal readonly struct SchemaValues
{
    private readonly GovernanceAttribute _schema;
    private readonly AttributeUseModel? _use;

    public SchemaValues(GovernanceAttribute schema, AttributeUseModel? use)
    {
        _schema = schema;
        _use = use;
    }

    /// <summary>Text, an id, a date, a URI or an enum member's name.</summary>
    public string? Text(string property)
    {
        var (member, argument) = Find(property);
        if (IsUnset(member, argument))
        {
            return member.WhenUnset == UnsetValue.UnsetMember ? member.Enum!.UnsetMember : null;
        }

        return argument!.Value;
    }

    public bool? Boolean(string property)
    {
        var (member, argument) = Find(property);
        return IsUnset(member, argument)
            ? member.WhenUnset == UnsetValue.True ? true : null
            : argument!.Value == "true";
    }

    public double? Number(string property)
    {
        var (member, argument) = Find(property);
        return !IsUnset(member, argument) && double.TryParse(argument!.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? number : null;
    }

    public int? Integer(string property)
    {
        var (member, argument) = Find(property);
        return !IsUnset(member, argument) && int.TryParse(argument!.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) ? number : null;
    }

    public IReadOnlyList<string> Strings(string property)
    {
        var (member, argument) = Find(property);
        return IsUnset(member, argument) ? new string[0] : argument!.Values.OfType<string>().ToList();
    }

    private (GovernanceMember Member, AttributeArgumentModel? Argument) Find(string property) =>
        (_schema.Member(property) ?? throw new KeyNotFoundException($"{_schema.Name} has no member {property}"), _use?.Argument(property));

    private static bool IsUnset(GovernanceMember member, AttributeArgumentModel? argument) =>
        argument is null ||
        argument.Kind == AttributeValueKind.UndefinedEnum ||
        (member.Enum is not null && (argument.Kind != AttributeValueKind.Enum || argument.Value is null)) ||
        (member.Enum?.UnsetMember is { } unsetMember && argument.Value == unsetMember) ||
        (member.Kind == GovernanceValueKind.Number && argument.Value is "NaN" or null);
}
