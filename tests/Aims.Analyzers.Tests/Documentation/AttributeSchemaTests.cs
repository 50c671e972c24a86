using Aims.Manifest.Vocabulary;
using System.Reflection;
using System.Text;
using Aims.Analyzers.Declarations;
using Aims.Analyzers.Tests.Harness;
using Xunit;

namespace Aims.Analyzers.Tests.Documentation;

/// <summary>
/// The attribute schema is the one description of the governance attributes: it matches the public surface of
/// Aims.Annotations member by member and enum by enum, and docs/attributes.md is rendered from it.
/// </summary>
public sealed class AttributeSchemaTests
{
    private static readonly Assembly Annotations = typeof(AiSystemAttribute).Assembly;

    public static TheoryData<string> AttributeTypes() => new(GovernanceAttributes().Select(type => type.Name));

    [Fact]
    public void Every_governance_attribute_of_the_annotations_has_a_schema_entry_and_no_entry_is_invented() =>
        Assert.Equal(
            GovernanceAttributes().Select(type => type.Name).Order(StringComparer.Ordinal),
            GovernanceAttributeSchema.All.Select(attribute => attribute.Name).Order(StringComparer.Ordinal));

    [Fact]
    public void The_names_the_screening_scans_source_for_are_the_schemas_attributes() =>
        Assert.Equal(
            GovernanceAttributeSchema.All.Select(attribute => attribute.Name).Order(StringComparer.Ordinal),
            AimsAttributeNames.All.Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(AttributeTypes))]
    public void Every_public_property_has_a_row_of_its_type(string attributeName)
    {
        var type = Annotations.GetType("Aims." + attributeName, throwOnError: true)!;
        var schema = GovernanceAttributeSchema.Find(attributeName)!;
        var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly);
        Assert.Equal(properties.Select(p => p.Name).Order(StringComparer.Ordinal), schema.Members.Select(m => m.Property).Order(StringComparer.Ordinal));
        foreach (var property in properties)
        {
            var member = schema.Member(property.Name)!;
            var expected = member.Kind switch
            {
                GovernanceValueKind.Boolean => typeof(bool),
                GovernanceValueKind.Number => typeof(double),
                GovernanceValueKind.NonNegativeInteger => typeof(int),
                GovernanceValueKind.ControlIds => typeof(string[]),
                GovernanceValueKind.Enum => Annotations.GetType("Aims." + member.Enum!.Name, throwOnError: true),
                _ => typeof(string),
            };
            Assert.Equal(expected, property.PropertyType);
        }
    }

    [Fact]
    public void Every_enum_of_the_annotations_is_in_the_schema_with_its_members_in_value_order()
    {
        var enums = Annotations.GetExportedTypes().Where(type => type.IsEnum).ToList();
        Assert.Equal(enums.Select(e => e.Name).Order(StringComparer.Ordinal), GovernanceEnums.All.Select(e => e.Name).Order(StringComparer.Ordinal));
        foreach (var governanceEnum in GovernanceEnums.All)
        {
            var type = enums.Single(e => e.Name == governanceEnum.Name);
            var members = Enum.GetValues(type).Cast<object>().Select(value => (Value: Convert.ToInt64(value), Name: Enum.GetName(type, value)!)).OrderBy(m => m.Value).ToList();
            Assert.Equal(Enumerable.Range(0, members.Count).Select(i => (long)i), members.Select(m => m.Value));
            Assert.Equal(members.Select(m => m.Name), governanceEnum.Members);
            Assert.True(governanceEnum.UnsetMember is null || governanceEnum.Members[0] == governanceEnum.UnsetMember, governanceEnum.Name);
        }
    }

    [Fact]
    public void The_attribute_reference_page_is_rendered_from_the_schema()
    {
        var text = new StringBuilder();
        foreach (var attribute in GovernanceAttributeSchema.All)
        {
            text.Append($"### `[{attribute.ShortName}]`\n\n");
            if (attribute.Members.IsEmpty)
            {
                text.Append("No values: it marks a member whose calls are model calls (`systems[].callSites[]` or `undeclaredUsages[]`, SDK `[AiModelCall]`).\n\n");
                continue;
            }

            var path = JsonPath(attribute);
            text.Append($"Manifest: `{path}`\n\n| member | value | manifest field | when not set |\n|---|---|---|---|\n");
            foreach (var member in attribute.Members)
            {
                var field = member.JsonName is null ? "the system the piece is listed under" : $"`{path}.{member.JsonName}`";
                text.Append($"| `{member.Property}` | {Describe(member)} | {field} | {Unset(member)} |\n");
            }

            text.Append('\n');
        }

        text.Append("### Enums\n\n| enum | members (value order) | not stated |\n|---|---|---|\n");
        foreach (var governanceEnum in GovernanceEnums.All)
        {
            text.Append($"| `{governanceEnum.Name}` | {string.Join(", ", governanceEnum.Members)} | {governanceEnum.UnsetMember ?? "(required: no such member)"} |\n");
        }

        GeneratedRegion.AssertMatches("docs/attributes.md", "schema", text.ToString(), "AIMS_UPDATE_DOCS");
    }

    private static string JsonPath(GovernanceAttribute attribute) =>
        attribute == GovernanceAttributeSchema.AiSystem ? "systems[]"
        : attribute == GovernanceAttributeSchema.AiManagementSystem ? "managementSystem"
        : attribute == GovernanceAttributeSchema.AiControlApplicability ? "statementOfApplicability[]"
        : $"systems[].{attribute.JsonName}[]";

    private static IEnumerable<Type> GovernanceAttributes() =>
        Annotations.GetExportedTypes().Where(type => typeof(Attribute).IsAssignableFrom(type) && type != typeof(AimsManifestAttribute));

    private static string Describe(GovernanceMember member) => member.Kind switch
    {
        GovernanceValueKind.Id => "id (1 to 128 letters, digits, `.`, `_`, `-`)",
        GovernanceValueKind.ControlId => "Annex A control id",
        GovernanceValueKind.ControlIds => "Annex A control ids",
        GovernanceValueKind.Date => "ISO 8601 date",
        GovernanceValueKind.Uri => "absolute URI",
        GovernanceValueKind.NonNegativeInteger => "count (not negative)",
        GovernanceValueKind.Number => "number",
        GovernanceValueKind.Boolean => "true or false",
        GovernanceValueKind.Enum => $"`{member.Enum!.Name}`",
        _ => "text",
    };

    private static string Unset(GovernanceMember member) => member.WhenUnset switch
    {
        UnsetValue.True => "`true`",
        UnsetValue.UnsetMember => $"`\"{member.Enum!.UnsetMember}\"`",
        UnsetValue.EmptyArray => "`[]`",
        _ => "`null`",
    };
}
