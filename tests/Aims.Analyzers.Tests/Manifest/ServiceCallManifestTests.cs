using System.Text.Json;
using Aims.Analyzers.Tests.Harness;
using Xunit;

namespace Aims.Analyzers.Tests.Manifest;

/// <summary>The manifest lists AI service calls as it lists model calls: under their system or undeclared, with kind and category.</summary>
public sealed class ServiceCallManifestTests
{
    private const string KnowledgeBase = """
        using System.IO;
        using System.Threading.Tasks;
        using Aims;
        using Anthropic;
        using Anthropic.Models.Messages;
        using OpenAI.Files;

        namespace Knowledge;

        [AiSystem("knowledge-base", Purpose = "Answers from the handbook", Owner = "Support", Risk = AiRiskLevel.Minimal, ServesPeopleDirectly = false)]
        public sealed class Indexer(OpenAIFileClient files, AnthropicClient client)
        {
            public Task UploadAsync(Stream handbook) => files.UploadFileAsync(handbook, "handbook.pdf", FileUploadPurpose.Assistants);
            public Task<Message> AskAsync(MessageCreateParams parameters) => client.Messages.Create(parameters);
        }

        public sealed class Budget(AnthropicClient client)
        {
            public Task CountAsync(MessageCountTokensParams parameters) => client.Messages.CountTokens(parameters);
        }
        """;

    [Fact]
    public void Service_calls_are_listed_with_their_kind_and_category_under_their_system_or_as_undeclared_usages()
    {
        using var manifest = JsonDocument.Parse(BuildRun.Run(GeneratorRun.Compile([("Knowledge.cs", KnowledgeBase)])).ManifestJson);
        var system = manifest.RootElement.GetProperty("systems").EnumerateArray().Single(s => s.GetProperty("id").GetString() == "knowledge-base");

        Assert.Equal(
            ["IMessageService.Create Anthropic Chat model", "OpenAIFileClient.UploadFileAsync OpenAI Files service"],
            Describe(system.GetProperty("callSites")));
        Assert.Equal(
            ["IMessageService.CountTokens Anthropic TokenCounting service"],
            Describe(manifest.RootElement.GetProperty("undeclaredUsages")));
    }

    [Fact]
    public void A_model_looked_up_in_the_providers_catalogue_is_not_a_model_the_system_uses()
    {
        const string Catalogue = """
            using Aims;
            using OpenAI;

            [AiSystem("model-browser", Purpose = "Lists the models the team may use", Owner = "Platform", Risk = AiRiskLevel.Minimal, ServesPeopleDirectly = false)]
            public sealed class ModelBrowser(OpenAIClient client)
            {
                public object Describe() => client.GetOpenAIModelClient().GetModel("gpt-4o");
            }
            """;
        using var manifest = JsonDocument.Parse(BuildRun.Run(GeneratorRun.Compile([("Catalogue.cs", Catalogue)])).ManifestJson);
        var system = manifest.RootElement.GetProperty("systems").EnumerateArray().Single();

        Assert.Equal(["OpenAIModelClient.GetModel OpenAI Models service"], Describe(system.GetProperty("callSites")));
        Assert.DoesNotContain(
            system.GetProperty("models").EnumerateArray(),
            model => model.TryGetProperty("modelId", out var id) && id.ValueKind == JsonValueKind.String);
    }

    private static IEnumerable<string> Describe(JsonElement sites) => sites.EnumerateArray()
        .Select(site => string.Join(" ", new[] { "calledMember", "sdk", "kind", "category" }.Select(name => site.GetProperty(name).GetString())))
        .Order(StringComparer.Ordinal);
}
