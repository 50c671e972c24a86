using System.Text.Json;
using System.Text.RegularExpressions;
using Aims.Cli.Tests.Harness;
using Xunit;

namespace Aims.Cli.Tests.Bom;

/// <summary>
/// The SPDX 3.0.1 JSON-LD output, checked against the rules of the SPDX 3.0.1 JSON schema and the AI and Dataset
/// profiles that matter here: the context, the creation info, typed elements with IRIs, values from the vocabularies,
/// relationships that point at elements of the document, and a declared and a concluded licence for every AI and
/// dataset package.
/// </summary>
public sealed partial class SpdxBomTests : IDisposable
{
    private static readonly string[] RelationshipTypes = ["contains", "dependsOn", "trainedOn", "testedOn", "hasDeclaredLicense", "hasConcludedLicense"];
    private static readonly string[] ElementTypes = ["SpdxDocument", "Tool", "SoftwareAgent", "Organization", "software_Package", "ai_AIPackage", "dataset_DatasetPackage", "Relationship"];
    private const string NoAssertionLicense = "spdx:ExpandedLicensing/NoAssertionLicense";

    private readonly TempFolder _folder = new();

    public static TheoryData<string> Inputs() => new([.. Fixtures.All, "all"]);

    [Theory]
    [MemberData(nameof(Inputs))]
    public void The_spdx_document_has_the_shape_of_SPDX_3_0_1_with_the_AI_and_Dataset_profiles(string fixture)
    {
        var document = Spdx(fixture == "all" ? [.. Fixtures.All.Select(Fixtures.PathOf)] : [Fixtures.PathOf(fixture)]);

        Assert.Equal("https://spdx.org/rdf/3.0.1/spdx-context.jsonld", document.GetProperty("@context").GetString());
        Assert.Equal(["@context", "@graph"], document.EnumerateObject().Select(p => p.Name));
        var graph = document.GetProperty("@graph").EnumerateArray().ToList();
        var creation = graph[0];
        Assert.Equal("CreationInfo", creation.GetProperty("type").GetString());
        Assert.Equal("3.0.1", creation.GetProperty("specVersion").GetString());
        Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$", creation.GetProperty("created").GetString());
        Assert.NotEqual(0, creation.GetProperty("createdBy").GetArrayLength());

        var elements = graph.Skip(1).ToList();
        var ids = elements.Select(e => e.GetProperty("spdxId").GetString()!).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.All(ids, id => Assert.Matches(Iri(), id));
        foreach (var element in elements)
        {
            Assert.Contains(element.GetProperty("type").GetString(), ElementTypes);
            Assert.Equal("_:creationinfo", element.GetProperty("creationInfo").GetString());
            AssertVocabulary(element);
        }

        var document0 = elements.Single(e => e.GetProperty("type").GetString() == "SpdxDocument");
        Assert.Equal(["core", "software", "ai", "dataset", "expandedLicensing"], document0.GetProperty("profileConformance").EnumerateArray().Select(p => p.GetString()));
        Assert.Equal(ids.Where(id => id != document0.GetProperty("spdxId").GetString()), document0.GetProperty("element").EnumerateArray().Select(e => e.GetString()));
        Assert.Contains(document0.GetProperty("rootElement")[0].GetString(), ids);

        var relationships = elements.Where(e => e.GetProperty("type").GetString() == "Relationship").ToList();
        foreach (var relationship in relationships)
        {
            Assert.Contains(relationship.GetProperty("from").GetString(), ids);
            Assert.All(relationship.GetProperty("to").EnumerateArray(), to => Assert.True(ids.Contains(to.GetString()!) || to.GetString() == NoAssertionLicense));
        }

        foreach (var package in elements.Where(e => e.GetProperty("type").GetString() is "ai_AIPackage" or "dataset_DatasetPackage"))
        {
            var id = package.GetProperty("spdxId").GetString();
            foreach (var licence in new[] { "hasDeclaredLicense", "hasConcludedLicense" })
            {
                Assert.Single(relationships, r => r.GetProperty("from").GetString() == id && r.GetProperty("relationshipType").GetString() == licence);
            }
        }

        var systems = Fixtures.All.Select(Fixtures.Load).SelectMany(m => m.Systems).Select(s => s.Id).Distinct().Count();
        Assert.True(elements.Count(e => e.GetProperty("type").GetString() == "ai_AIPackage") >= (fixture == "all" ? systems : Fixtures.Load(fixture).Systems.Count));
    }

    [Fact]
    public void The_spdx_document_is_reproducible_and_created_is_the_epoch_unless_a_timestamp_is_given()
    {
        var a = AimsTool.Run("bom", "--format", "spdx3", Fixtures.PathOf(Fixtures.SupportDesk));
        var b = AimsTool.Run("bom", "--format", "spdx3", Fixtures.PathOf(Fixtures.SupportDesk));
        var stamped = JsonDocument.Parse(AimsTool.Run("bom", "--format", "spdx3", "--timestamp", "2025-03-31T12:00:00Z", Fixtures.PathOf(Fixtures.SupportDesk)).StandardOutputBytes).RootElement;

        Assert.Equal(a.StandardOutputBytes, b.StandardOutputBytes);
        Assert.Equal("1970-01-01T00:00:00Z", JsonDocument.Parse(a.StandardOutputBytes).RootElement.GetProperty("@graph")[0].GetProperty("created").GetString());
        Assert.Equal("2025-03-31T12:00:00Z", stamped.GetProperty("@graph")[0].GetProperty("created").GetString());
    }

    [Fact]
    public void Systems_carry_their_risk_autonomy_and_personal_data_in_the_AI_profile()
    {
        var graph = Spdx([Fixtures.PathOf(Fixtures.SupportDesk)]).GetProperty("@graph").EnumerateArray().ToList();
        var system = graph.Single(e => e.TryGetProperty("ai_informationAboutApplication", out _));

        Assert.Equal("Drafts replies to customer tickets for an agent to review", system.GetProperty("ai_informationAboutApplication").GetString());
        Assert.Equal("medium", system.GetProperty("ai_safetyRiskAssessment").GetString());
        Assert.Equal("no", system.GetProperty("ai_autonomyType").GetString());
        Assert.Equal("yes", system.GetProperty("ai_useSensitivePersonalInformation").GetString());
        var dataset = graph.Single(e => e.GetProperty("type").GetString() == "dataset_DatasetPackage");
        Assert.Equal("yes", dataset.GetProperty("dataset_hasSensitivePersonalInformation").GetString());
        Assert.Equal(["noAssertion"], dataset.GetProperty("dataset_datasetType").EnumerateArray().Select(t => t.GetString()));
    }

    [Fact]
    public void Undeclared_AI_calls_are_in_the_spdx_document()
    {
        var graph = Spdx([Fixtures.PathOf(Fixtures.SupportWeb)]).GetProperty("@graph").EnumerateArray().ToList();
        var document = graph.Single(e => e.GetProperty("type").GetString() == "SpdxDocument");
        var root = document.GetProperty("rootElement")[0].GetString();

        var shadow = graph.Single(e => e.GetProperty("type").GetString() == "ai_AIPackage" && e.GetProperty("name").GetString()!.StartsWith("undeclared AI use", StringComparison.Ordinal));

        Assert.Equal("undeclared AI use of OpenAI (OpenAI SDK)", shadow.GetProperty("name").GetString());
        Assert.Equal(
            "AI calls that no declared system covers (shadow AI): Legacy/Chat.cs:9 LegacyChat.Ask calls ChatClient.CompleteChat (Chat); Legacy/Chat.cs:11 LegacyChat.Replay calls BatchClient.CreateBatch (Batch)",
            shadow.GetProperty("comment").GetString());
        var organization = graph.Single(e => e.GetProperty("type").GetString() == "Organization" && e.GetProperty("name").GetString() == "OpenAI");
        Assert.Equal(organization.GetProperty("spdxId").GetString(), shadow.GetProperty("suppliedBy").GetString());
        Assert.Contains(graph, e => e.GetProperty("type").GetString() == "Relationship" && e.GetProperty("from").GetString() == root &&
            e.GetProperty("relationshipType").GetString() == "dependsOn" && e.GetProperty("to")[0].GetString() == shadow.GetProperty("spdxId").GetString());
    }

    [Fact]
    public void Tools_are_in_the_comments_of_their_systems_and_undeclared_ones_in_an_element_of_their_own()
    {
        var graph = Spdx([Fixtures.AnalyzerGolden("support-project.aims.json")]).GetProperty("@graph").EnumerateArray().ToList();
        var root = graph.Single(e => e.GetProperty("type").GetString() == "SpdxDocument").GetProperty("rootElement")[0].GetString();
        var router = graph.Single(e => e.GetProperty("type").GetString() == "ai_AIPackage" && e.GetProperty("comment").GetString()!.StartsWith("AI system 'ticket-router'", StringComparison.Ordinal));
        var tools = graph.Single(e => e.GetProperty("type").GetString() == "ai_AIPackage" && e.GetProperty("name").GetString() == "undeclared tools handed to models");

        Assert.EndsWith("; tool 'AssignTicket' (Function, acts: its name begins with 'assign'; no approval step shown) at Summariser.cs:17 by AIFunctionFactory.Create", router.GetProperty("comment").GetString(), StringComparison.Ordinal);
        Assert.Equal("Tools that no declared system covers: a hosted tool (Hosted, reads only: the provider searches the web; no approval step shown) at Shadow.cs:11 by new HostedWebSearchTool", tools.GetProperty("comment").GetString());
        Assert.Contains(graph, e => e.GetProperty("type").GetString() == "Relationship" && e.GetProperty("from").GetString() == root &&
            e.GetProperty("relationshipType").GetString() == "dependsOn" && e.GetProperty("to")[0].GetString() == tools.GetProperty("spdxId").GetString());
    }

    [Fact]
    public void Dependencies_that_call_AI_are_packages_with_their_package_url_that_the_systems_they_supply_depend_on()
    {
        using var folder = new TempFolder();
        var graph = Spdx([Fixtures.WithDependencies(folder.Path)]).GetProperty("@graph").EnumerateArray().ToList();
        var search = graph.Single(e => e.GetProperty("type").GetString() == "software_Package" && e.GetProperty("name").GetString() == "Contoso.Search");
        var system = graph.Single(e => e.GetProperty("type").GetString() == "ai_AIPackage" && e.GetProperty("comment").GetString()!.StartsWith("AI system 'support-assistant'", StringComparison.Ordinal));

        Assert.Equal("pkg:nuget/Contoso.Search@1.4.0", search.GetProperty("software_packageUrl").GetString());
        Assert.Equal("calls AI; supplier of AI system 'support-assistant'; Ranker.RankAsync calls IChatClient.GetResponseAsync (Microsoft.Extensions.AI, Chat) x2", search.GetProperty("comment").GetString());
        Assert.Contains(graph, e => e.GetProperty("type").GetString() == "Relationship" && e.GetProperty("from").GetString() == system.GetProperty("spdxId").GetString() &&
            e.GetProperty("relationshipType").GetString() == "dependsOn" && e.GetProperty("to")[0].GetString() == search.GetProperty("spdxId").GetString());
    }

    [Fact]
    public void A_placeholder_evaluation_metric_is_a_gap_never_a_metric_in_the_spdx_document()
    {
        var graph = Spdx([Fixtures.PathOf(Fixtures.Billing)]).GetProperty("@graph").EnumerateArray().ToList();
        var system = graph.Single(e => e.GetProperty("type").GetString() == "ai_AIPackage" && e.GetProperty("name").GetString() == "invoice-helper");

        Assert.False(system.TryGetProperty("ai_metric", out _));
        Assert.False(system.TryGetProperty("ai_metricDecisionThreshold", out _));
        Assert.Contains("evaluation metric is still a placeholder (<metric>)", system.GetProperty("comment").GetString(), StringComparison.Ordinal);
    }

    private static void AssertVocabulary(JsonElement element)
    {
        void OneOf(string property, params string[] values)
        {
            if (element.TryGetProperty(property, out var value))
            {
                Assert.Contains(value.GetString(), values);
            }
        }

        OneOf("relationshipType", RelationshipTypes);
        OneOf("ai_safetyRiskAssessment", "serious", "high", "medium", "low");
        OneOf("ai_autonomyType", "yes", "no", "noAssertion");
        OneOf("ai_useSensitivePersonalInformation", "yes", "no", "noAssertion");
        OneOf("dataset_hasSensitivePersonalInformation", "yes", "no", "noAssertion");
        OneOf("software_primaryPurpose", "application", "model", "data", "other");
        foreach (var property in new[] { "ai_metric", "ai_metricDecisionThreshold" })
        {
            if (element.TryGetProperty(property, out var entries))
            {
                Assert.All(entries.EnumerateArray(), entry =>
                {
                    Assert.Equal("DictionaryEntry", entry.GetProperty("type").GetString());
                    Assert.NotNull(entry.GetProperty("key").GetString());
                });
            }
        }
    }

    private JsonElement Spdx(string[] inputs)
    {
        var result = AimsTool.Run(["bom", "--format", "spdx3", .. inputs]);
        Assert.True(result.ExitCode is 0 or 1, result.ToString());
        return JsonDocument.Parse(result.StandardOutputBytes).RootElement;
    }

    /// <summary>The IRI pattern of the SPDX 3.0.1 JSON schema (an IRI, not a blank node).</summary>
    [GeneratedRegex("^(?!_:).+:.+")]
    private static partial Regex Iri();

    public void Dispose() => _folder.Dispose();
}
