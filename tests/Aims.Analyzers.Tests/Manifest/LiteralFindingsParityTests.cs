using System.Text.Json;
using Aims.Analyzers.Rules;
using Aims.Analyzers.Tests.Harness;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace Aims.Analyzers.Tests.Manifest;

/// <summary>
/// AIMS010 and AIMS014 in the manifest come from the generator's literal scan, not from the analyzers: both find the
/// same credentials and model identifiers, and both leave out the same look-alikes.
/// </summary>
public sealed class LiteralFindingsParityTests
{
    private const string Literals = """
        using System;
        using System.ClientModel;
        using Anthropic;
        using Anthropic.Models.Messages;
        using Microsoft.Extensions.AI;
        using OpenAI;
        using OpenAI.Chat;

        public static class Keys
        {
            public const string Team = "team-key";
        }

        public static class Setup
        {
            public static void Run(OpenAIClient client, ChatOptions options, ApiKeyCredential rotating)
            {
                _ = new OpenAIClient(new ApiKeyCredential("my-company-key"));
                _ = new ChatClient(model: "gpt-4o", apiKey: "placeholder");
                _ = new AnthropicClient { ApiKey = "key", AuthToken = "token" };
                rotating.Update("next-key");
                options.AdditionalProperties!["api-key"] = "sk-proj-abcdefghijklmnopqrstuvwxyz012345";
                _ = new AdditionalPropertiesDictionary { { "Date", DateTime.UtcNow }, { "key", "value" } };
                _ = OpenAIChatModelFactory.ChatTokenLogProbabilityDetails(token: "hello", logProbability: -0.1f);

                _ = client.GetChatClient("gpt-4o-mini");
                _ = client.GetOpenAIModelClient().GetModel("gpt-4o");
                _ = client.GetEmbeddingClient("text-embedding-3-small");
                _ = client.GetChatClient("llama3.1:8b");
                _ = new MessageCreateParams { Model = "claude-sonnet-4-6", MaxTokens = 1024, Messages = [] };
                _ = new MessageCreateParams { Model = "claude-sonnet-4-5", MaxTokens = 1024, Messages = [] };
                _ = new ChatOptions { ModelId = "gpt-4o" };
                const string Model = "o3-mini";
                _ = client.GetChatClient(Model);
                _ = new ApiKeyCredential(Keys.Team);
            }
        }
        """;

    [Fact]
    public async Task The_manifest_reports_the_credentials_and_unpinned_models_the_analyzers_report()
    {
        var compilation = GeneratorRun.Compile([("Literals.cs", Literals)]);
        var manifest = JsonDocument.Parse(GeneratorRun.Run(compilation).ManifestJson).RootElement;
        var fromManifest = manifest.GetProperty("findings").EnumerateArray()
            .Select(f => $"{f.GetProperty("id").GetString()} {f.GetProperty("line").GetInt32()} {f.GetProperty("message").GetString()}")
            .Where(f => f.StartsWith("AIMS010", StringComparison.Ordinal) || f.StartsWith("AIMS014", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();

        var diagnostics = await compilation.WithAnalyzers([new LiteralCredentialAnalyzer(), new ModelPinningAnalyzer()]).GetAnalyzerDiagnosticsAsync();
        var fromAnalyzers = diagnostics
            .Select(d => $"{d.Id} {d.Location.GetLineSpan().StartLinePosition.Line + 1} {d.GetMessage()}")
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.Equal(fromAnalyzers, fromManifest);
        Assert.Equal(7, fromManifest.Count(f => f.StartsWith("AIMS014", StringComparison.Ordinal)));
        Assert.Equal(5, fromManifest.Count(f => f.StartsWith("AIMS010", StringComparison.Ordinal)));
    }
}
