using Xunit;
using Test = Aims.Analyzers.Tests.Harness.AnalyzerTest<Aims.Analyzers.Rules.ModelPinningAnalyzer>;

namespace Aims.Analyzers.Tests.Rules;

/// <summary>
/// AIMS010: model identifiers where clients are created or configured, and in [AiModel], must be pinned; in a build,
/// every such identifier is also recorded for the manifest (AIMS022).
/// </summary>
public sealed class ModelPinningAnalyzerTests
{
    [Fact]
    public async Task In_a_build_every_model_id_is_recorded_with_its_provider_pinning_and_system()
    {
        var test = new Test { OnlyIds = new HashSet<string> { "AIMS022" } };
        test.GlobalOptions["aims.inventory"] = "true";

        var diagnostics = await test.WithSource("""
            using Aims;
            using OpenAI;
            public static class Setup
            {
                [AiSystem("drafter")]
                public static object Drafter(OpenAIClient client) => client.GetChatClient({|AIMS022:"gpt-4o-2024-08-06"|});

                public static object Shadow(OpenAIClient client) => client.GetChatClient({|AIMS022:"gpt-4o"|});
            }
            """).RunAsync();

        var records = diagnostics.Where(d => d.Id == "AIMS022").OrderBy(d => d.Location.SourceSpan.Start).Select(d => d.Properties).ToList();
        Assert.Equal(("gpt-4o-2024-08-06", "OpenAI", "true", "drafter"), (records[0]["modelId"], records[0]["provider"], records[0]["pinned"], records[0]["system"]));
        Assert.Equal(("gpt-4o", "false"), (records[1]["modelId"], records[1]["pinned"]));
        Assert.False(records[1].ContainsKey("system"));
    }

    private static Task VerifyAsync(string source) => new Test().WithSource(source).RunAsync();

    [Fact]
    public Task OpenAI_aliases_are_reported_and_dated_snapshots_are_not() => VerifyAsync("""
        using System.ClientModel;
        using OpenAI;
        using OpenAI.Chat;
        public static class Setup
        {
            public static void Run(OpenAIClient client, ApiKeyCredential key)
            {
                _ = client.GetChatClient({|AIMS010:"gpt-4o"|});
                _ = client.GetChatClient("gpt-4o-2024-08-06");
                _ = client.GetChatClient("gpt-3.5-turbo-0125");
                _ = client.GetChatClient("gpt-4-1106-preview");
                _ = client.GetChatClient({|AIMS010:"gpt-4-turbo-preview"|});
                _ = client.GetModerationClient({|AIMS010:"omni-moderation-latest"|});
                _ = new ChatClient({|AIMS010:"gpt-4o-mini"|}, key);
                _ = new ChatClient(model: "gpt-4o-mini-2024-07-18", credential: key);
                _ = new ChatClient("ft:gpt-4o-mini-2024-07-18:contoso::abc123", key);
                const string Model = "o3-mini";
                _ = client.GetChatClient({|AIMS010:Model|});
            }
        }
        """);

    [Fact]
    public Task Anthropic_model_property_and_adapter_default_model_are_checked() => VerifyAsync("""
        using Anthropic;
        using Anthropic.Models.Messages;
        using Microsoft.Extensions.AI;
        public static class Setup
        {
            public static void Run(AnthropicClient client)
            {
                _ = new MessageCreateParams { Model = {|AIMS010:"claude-sonnet-4-5"|}, MaxTokens = 1024, Messages = [] };
                _ = new MessageCreateParams { Model = "claude-3-5-sonnet-20241022", MaxTokens = 1024, Messages = [] };
                _ = new MessageCreateParams { Model = {|AIMS010:"claude-3-5-sonnet-latest"|}, MaxTokens = 1024, Messages = [] };
                _ = client.AsIChatClient({|AIMS010:"claude-opus-4-1"|});
            }
        }
        """);

    [Fact]
    public Task Undated_Anthropic_ids_from_the_4_6_generation_on_are_pinned_and_earlier_aliases_are_not() => VerifyAsync("""
        using Anthropic;
        using Anthropic.Models.Messages;
        using Microsoft.Extensions.AI;
        public static class Setup
        {
            public static void Run(AnthropicClient client)
            {
                _ = new MessageCreateParams { Model = "claude-opus-4-6", MaxTokens = 1024, Messages = [] };
                _ = new MessageCreateParams { Model = "claude-sonnet-4-6", MaxTokens = 1024, Messages = [] };
                _ = new MessageCreateParams { Model = "claude-opus-4-7", MaxTokens = 1024, Messages = [] };
                _ = new MessageCreateParams { Model = "claude-sonnet-5", MaxTokens = 1024, Messages = [] };
                _ = new MessageCreateParams { Model = "claude-opus-4-1-20250805", MaxTokens = 1024, Messages = [] };
                _ = new MessageCreateParams { Model = {|AIMS010:"claude-haiku-4-5"|}, MaxTokens = 1024, Messages = [] };
                _ = new MessageCreateParams { Model = {|AIMS010:"claude-opus-4-0"|}, MaxTokens = 1024, Messages = [] };
                _ = new MessageCreateParams { Model = {|AIMS010:"claude-mythos-preview"|}, MaxTokens = 1024, Messages = [] };
                _ = client.AsIChatClient("claude-opus-4-6");
                _ = new ChatOptions { ModelId = "claude-sonnet-4-6" };
            }
        }
        """);

    [Fact]
    public Task A_model_id_given_to_retrieve_or_delete_a_model_of_the_providers_catalogue_is_not_reported() => VerifyAsync("""
        using System.Threading.Tasks;
        using Anthropic;
        using OpenAI;
        public static class Setup
        {
            public static async Task Run(OpenAIClient client, AnthropicClient anthropic)
            {
                var models = client.GetOpenAIModelClient();
                _ = models.GetModel("gpt-4o");
                _ = await models.GetModelAsync(model: "gpt-4o-mini");
                _ = models.DeleteModel("ft:gpt-4o-mini:contoso::abc123");
                _ = await anthropic.Models.Retrieve("claude-sonnet-4-5");
                _ = client.GetChatClient({|AIMS010:"gpt-4o"|});
            }
        }
        """);

    [Fact]
    public Task Models_published_without_a_dated_snapshot_are_not_reported() => VerifyAsync("""
        using Microsoft.Extensions.AI;
        using OpenAI;
        public static class Setup
        {
            public static void Run(OpenAIClient client)
            {
                _ = client.GetEmbeddingClient("text-embedding-3-small");
                _ = client.GetEmbeddingClient("TEXT-EMBEDDING-3-LARGE");
                _ = client.GetEmbeddingClient("text-embedding-ada-002");
                _ = client.GetAudioClient("whisper-1");
                _ = client.GetAudioClient("tts-1");
                _ = client.GetAudioClient("tts-1-hd");
                _ = client.GetImageClient("dall-e-3");
                _ = client.GetImageClient("gpt-image-1");
                _ = client.GetChatClient("llama3.1:8b");
                _ = new ChatOptions { ModelId = "qwen2.5:7b" };
                _ = new EmbeddingGenerationOptions { ModelId = "mistral-embed" };
                _ = client.GetAudioClient({|AIMS010:"gpt-4o-mini-tts"|});
                _ = client.GetImageClient({|AIMS010:"gpt-image-2"|});
                _ = client.GetEmbeddingClient({|AIMS010:"text-embedding-3-small-v2"|});
            }
        }
        """);

    [Fact]
    public Task Microsoft_Extensions_AI_options_model_id_is_checked_against_every_provider_form() => VerifyAsync("""
        using Microsoft.Extensions.AI;
        public static class Setup
        {
            public static ChatOptions[] Options() =>
            [
                new ChatOptions { ModelId = {|AIMS010:"gpt-4o"|} },
                new ChatOptions { ModelId = "gpt-4o-2024-08-06" },
                new ChatOptions { ModelId = "gemini-1.5-pro-002" },
                new ChatOptions { ModelId = "anthropic.claude-3-5-sonnet-20240620-v1:0" },
                new ChatOptions { ModelId = "mistral-large-2407" },
                new ChatOptions { ModelId = "my-model-1.2.0" },
                new ChatOptions { ModelId = "claude-opus-4-6" },
                new ChatOptions { ModelId = {|AIMS010:"llama3.1"|} },
            ];
        }
        """);

    [Fact]
    public Task Non_constant_and_non_SDK_model_values_are_not_checked() => VerifyAsync("""
        using System;
        using OpenAI;
        public sealed class Settings { public string Model { get; set; } = "gpt-4o"; }
        public static class Setup
        {
            public static void Run(OpenAIClient client, Settings settings)
            {
                _ = client.GetChatClient(settings.Model);
                _ = client.GetChatClient(Environment.GetEnvironmentVariable("MODEL")!);
                _ = new Settings { Model = "gpt-4o" };
            }
        }
        """);

    [Fact]
    public Task Declared_models_are_checked_by_their_provider_unless_a_version_is_given() => VerifyAsync("""
        using Aims;
        [AiModel("OpenAI", {|AIMS010:"gpt-4o"|})]
        [AiModel("OpenAI", "gpt-4o", Version = "2024-08-06")]
        [AiModel("Anthropic", "claude-3-5-haiku-20241022")]
        [AiModel("Anthropic", {|AIMS010:"claude-3-5-haiku-2024-10-22"|})]
        [AiModel("Anthropic", "claude-sonnet-4-6")]
        [AiModel("Anthropic", {|AIMS010:"claude-sonnet-4-5"|})]
        [AiModel("AWS Bedrock", "anthropic.claude-sonnet-4-6")]
        [AiModel("AWS Bedrock", "us.anthropic.claude-opus-4-7")]
        [AiModel("AWS Bedrock", "anthropic.claude-opus-4-6-v1")]
        [AiModel("AWS Bedrock", {|AIMS010:"anthropic.claude-sonnet-4-5"|})]
        [AiModel("OpenAI", "whisper-1")]
        [AiModel("Azure OpenAI", "text-embedding-3-large")]
        [AiModel("Mistral", "mistral-embed")]
        [AiModel("Mistral", {|AIMS010:"mistral-large-latest"|})]
        [AiModel("Ollama", "llama3.1")]
        [AiModel("in-house", "fraud-model-3.1.0")]
        [AiModel("in-house", {|AIMS010:"fraud-model"|})]
        public sealed class Models { }
        """);

    [Fact]
    public async Task Message_names_the_model_the_provider_and_a_pinned_example()
    {
        var diagnostics = await new Test().WithSource("""
            public static class Setup
            {
                public static void Run(OpenAI.OpenAIClient client) => client.GetChatClient({|AIMS010:"gpt-4o"|});
            }
            """).RunAsync();
        Assert.Equal("Model 'gpt-4o' (OpenAI) is not pinned to a version or dated snapshot: use a form such as 'gpt-4o-2024-08-06'", Assert.Single(diagnostics).GetMessage());
    }
}
