using Xunit;
using Verify = Aims.Analyzers.Tests.Harness.AnalyzerTest<Aims.Analyzers.Rules.ModelCallCoverageAnalyzer>;

namespace Aims.Analyzers.Tests.Detection;

/// <summary>What is not an AI call: same names elsewhere, construction, options, factories, metadata and text.</summary>
public sealed class NegativeDetectionTests
{
    [Fact]
    public Task Same_named_IChatClient_in_another_namespace_is_not_AI() => Verify.VerifyAsync("""
        using System.Threading.Tasks;
        namespace Chat.Hubs
        {
            public interface IChatClient { Task<string> GetResponseAsync(string message); Task ReceiveMessage(string user, string message); }
            public sealed class ChatClient { public string CompleteChat(string s) => s; }
            public sealed class Relay(IChatClient clients)
            {
                public Task<string> RelayAsync(string m) => clients.GetResponseAsync(m);
                public string Complete() => new ChatClient().CompleteChat("hi");
            }
        }
        """);

    [Fact]
    public Task A_type_of_the_project_with_the_full_name_of_an_SDK_type_is_not_AI() => Verify.VerifyAsync("""
        namespace OpenAI.Chat
        {
            public sealed class ChatClient { public string CompleteChat(string s) => s; }
        }
        namespace Microsoft.Extensions.AI
        {
            public interface IImageGenerator { object GenerateAsync(string prompt); }
        }
        public static class Copy
        {
            public static string Complete() => new OpenAI.Chat.ChatClient().CompleteChat("hi");
            public static object Draw(Microsoft.Extensions.AI.IImageGenerator images) => images.GenerateAsync("a cat");
        }
        """);

    [Fact]
    public Task Nameof_typeof_strings_and_comments_are_not_AI() => Verify.VerifyAsync("""
        using System;
        using Microsoft.Extensions.AI;
        using OpenAI.Chat;
        public static class Docs
        {
            // client.CompleteChat("hello") is how you would call it
            public const string Example = "client.GetResponseAsync(\"hi\")";
            public static string Name => nameof(IChatClient.GetResponseAsync) + nameof(ChatClient.CompleteChatAsync);
            public static Type Type => typeof(IChatClient);
        }
        """);

    [Fact]
    public Task Client_construction_options_messages_and_factories_are_not_AI() => Verify.VerifyAsync("""
        using System.ClientModel;
        using Microsoft.Extensions.AI;
        using OpenAI;
        using OpenAI.Chat;
        public static class Setup
        {
            public static ChatClient Create(string key)
            {
                var openAi = new OpenAIClient(new ApiKeyCredential(key));
                var chat = openAi.GetChatClient("gpt-4o-2024-08-06");
                _ = openAi.GetEmbeddingClient("text-embedding-3-small");
                _ = new ChatClient("gpt-4o-2024-08-06", key);
                _ = new ChatCompletionOptions { Temperature = 0.1f, MaxOutputTokenCount = 100 };
                _ = new UserChatMessage("hi");
                _ = new ChatOptions { ModelId = "gpt-4o" };
                _ = new Microsoft.Extensions.AI.ChatMessage(ChatRole.User, "hi");
                return chat;
            }
        }
        """);

    [Fact]
    public Task Metadata_and_disposal_of_an_SDK_client_are_not_AI() => Verify.VerifyAsync("""
        #pragma warning disable MEAI001 // an evaluation-only API, as users suppress it
        using Microsoft.Extensions.AI;
        public static class Housekeeping
        {
            public static void Run(IChatClient client, IHostedFileClient files)
            {
                _ = client.GetService<ChatClientMetadata>();
                _ = files.GetService(typeof(object));
                client.Dispose();
            }
        }
        """);

    [Fact]
    public Task Anthropic_client_construction_and_options_are_not_AI() => Verify.VerifyAsync("""
        using Anthropic;
        using Anthropic.Services;
        public static class Setup
        {
            public static IMessageService Run()
            {
                var client = new AnthropicClient();
                _ = client.WithOptions(options => options);
                return client.Messages.WithOptions(options => options);
            }
        }
        """);

    [Fact]
    public Task Compilation_without_any_AI_SDK_reports_nothing() => new Verify { References = Harness.TestReferences.FrameworkOnly }
        .WithSource("""
            using System.Net.Http;
            using System.Threading.Tasks;
            public static class Weather
            {
                public static Task<string> GetAsync(HttpClient http) => http.GetStringAsync("https://api.weather.example/today");
            }
            """)
        .RunAsync();
}
