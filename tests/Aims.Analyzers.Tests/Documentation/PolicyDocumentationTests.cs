using System.Text.Json;
using System.Text.RegularExpressions;
using Aims.Analyzers.Tests.Manifest;
using Aims.Manifest.Catalog;
using Aims.Manifest.Policy;
using Aims.Manifest.Vocabulary;
using Xunit;

namespace Aims.Analyzers.Tests.Documentation;

/// <summary>
/// The policy format has one reader; its schema (docs/schema/aims-policy.schema.json) and docs/policy.md are tested
/// against it: the same members and names, the documented example read by both, bad policies refused by both.
/// </summary>
public sealed class PolicyDocumentationTests
{
    private static readonly string SchemaPath = RepositoryFiles.PathOf("docs/schema/aims-policy.schema.json");

    private static JsonElement Schema => JsonDocument.Parse(File.ReadAllText(SchemaPath)).RootElement;

    private static IEnumerable<string?> PropertyNames(JsonElement element) =>
        element.GetProperty("properties").EnumerateObject().Select(property => property.Name);

    private static IEnumerable<string?> Enum(JsonElement element) =>
        element.GetProperty("items").GetProperty("enum").EnumerateArray().Select(value => value.GetString());

    [Fact]
    public void The_schema_has_exactly_the_members_the_reader_knows()
    {
        var schema = Schema;
        Assert.Equal(AiPolicyReader.TopLevelMembers, PropertyNames(schema));
        foreach (var (section, rules) in AiPolicyReader.Sections)
        {
            var properties = schema.GetProperty("properties").GetProperty(section);
            Assert.Equal(rules, PropertyNames(properties));
            Assert.False(properties.GetProperty("additionalProperties").GetBoolean());
        }

        Assert.False(schema.GetProperty("additionalProperties").GetBoolean());
        Assert.Equal(GovernanceEnums.AiRiskLevel.Members, PropertyNames(schema.GetProperty("properties").GetProperty("riskLevels")));
    }

    [Fact]
    public void The_schema_names_exactly_the_providers_hosting_facts_and_effects_the_reader_accepts()
    {
        var schema = Schema;
        var definitions = schema.GetProperty("$defs");
        Assert.Equal(ModelProviders.All.Select(provider => provider.Name), Enum(definitions.GetProperty("providers")));
        Assert.Equal(PolicyFacts.All, Enum(definitions.GetProperty("facts")));
        var sections = schema.GetProperty("properties");
        Assert.Equal(
            GovernanceEnums.AiModelHosting.Members.Where(member => member != GovernanceEnums.AiModelHosting.UnsetMember),
            Enum(sections.GetProperty("hosting").GetProperty("properties").GetProperty("allowed")));
        Assert.Equal(System.Enum.GetNames<AiToolEffect>(), Enum(sections.GetProperty("tools").GetProperty("properties").GetProperty("allowedEffects")));
    }

    [Fact]
    public void The_documented_example_is_read_by_the_reader_and_valid_against_the_schema()
    {
        var example = Regex.Match(File.ReadAllText(RepositoryFiles.PathOf("docs/policy.md")), "```json\n(?<policy>.*?)```", RegexOptions.Singleline).Groups["policy"].Value;

        var policy = AiPolicyReader.Read(example);

        Assert.Equal(("Contoso AI policy", "2026.1"), (policy.Name, policy.Version));
        Assert.Equal(["HumanOversight", "AiEventLogging", "ImpactAssessment"], policy.RequiredFacts("High"));
        Assert.Equal(["ReadOnly"], policy.AllowedToolEffects);
        AssertSchemaVerdict(example, valid: true);
    }

    [Theory]
    [InlineData("{ \"name\": \"P\", \"version\": \"1\", \"providers\": { \"forbiden\": [\"OpenAI\"] } }")]
    [InlineData("{ \"name\": \"P\", \"version\": \"1\", \"providers\": { \"allowed\": [\"OpenAl\"] } }")]
    [InlineData("{ \"name\": \"P\", \"version\": \"1\", \"providers\": { \"forbidden\": [\"openai\", \"OpenAI Inc\"] } }")]
    [InlineData("{ \"name\": \"P\", \"version\": \" \" }")]
    [InlineData("{ \"version\": \"1\" }")]
    [InlineData("{ \"name\": \"P\", \"version\": \"1\", \"hosting\": { \"allowed\": [\"Cloud\"] } }")]
    [InlineData("{ \"name\": \"P\", \"version\": \"1\", \"riskLevels\": { \"High\": [\"Oversight\"] } }")]
    [InlineData("{ \"name\": \"P\", \"version\": \"1\", \"tools\": { \"allowedEffects\": [\"Safe\"] } }")]
    [InlineData("{ \"name\": \"P\", \"version\": \"1\", \"personalData\": { \"requireSupplierAgreement\": \"yes\" } }")]
    public void A_policy_the_reader_refuses_the_schema_refuses(string text)
    {
        Assert.Throws<AiPolicyException>(() => AiPolicyReader.Read(text));
        AssertSchemaVerdict(text, valid: false);
    }

    private static void AssertSchemaVerdict(string text, bool valid)
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("aims-policy-").FullName, "policy.json");
        File.WriteAllText(file, text);
        try
        {
            var (isValid, output) = ManifestSchemaTests.Validate(SchemaPath, [file]);
            Assert.True(isValid == valid, output);
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(file)!, recursive: true);
        }
    }
}
