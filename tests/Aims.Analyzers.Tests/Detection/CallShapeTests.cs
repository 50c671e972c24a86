using Aims.Analyzers.Rules;
using Aims.Analyzers.Tests.Harness;
using Microsoft.CodeAnalysis;
using Xunit;
using Verify = Aims.Analyzers.Tests.Harness.AnalyzerTest<Aims.Analyzers.Rules.ModelCallCoverageAnalyzer>;

namespace Aims.Analyzers.Tests.Detection;

/// <summary>Every way code reaches a model is reported once, at the call (real OpenAI and Microsoft.Extensions.AI assemblies).</summary>
public sealed class CallShapeTests
{
    [Fact]
    public Task Direct_synchronous_call_is_reported() => Verify.VerifyAsync("""
        using OpenAI.Chat;
        public sealed class Drafter
        {
            public string Draft(ChatClient client) => {|AIMS001:client.CompleteChat("Summarise")|}.Value.Content[0].Text;
        }
        """);

    [Fact]
    public Task Awaited_call_with_ConfigureAwait_is_reported_once() => Verify.VerifyAsync("""
        using System.Threading.Tasks;
        using Microsoft.Extensions.AI;
        public sealed class Drafter
        {
            public async Task<string> DraftAsync(IChatClient client)
            {
                var response = await {|AIMS001:client.GetResponseAsync("Summarise")|}.ConfigureAwait(false);
                return response.Text;
            }
        }
        """);

    [Fact]
    public Task Streaming_with_await_foreach_is_reported() => Verify.VerifyAsync("""
        using System.Text;
        using System.Threading.Tasks;
        using Microsoft.Extensions.AI;
        public sealed class Streamer
        {
            public async Task<string> StreamAsync(IChatClient client)
            {
                var text = new StringBuilder();
                await foreach (var update in {|AIMS001:client.GetStreamingResponseAsync("Tell a story")|})
                {
                    text.Append(update.Text);
                }
                return text.ToString();
            }
        }
        """);

    [Fact]
    public Task OpenAI_streaming_with_await_foreach_is_reported() => Verify.VerifyAsync("""
        using System.Threading.Tasks;
        using OpenAI.Chat;
        public sealed class Streamer
        {
            public async Task StreamAsync(ChatClient client)
            {
                await foreach (var update in {|AIMS001:client.CompleteChatStreamingAsync("Tell a story")|})
                {
                    _ = update.ContentUpdate;
                }
            }
        }
        """);

    [Fact]
    public Task Call_through_interface_method_with_messages_is_reported() => Verify.VerifyAsync("""
        using System.Collections.Generic;
        using System.Threading.Tasks;
        using Microsoft.Extensions.AI;
        public sealed class Drafter
        {
            public Task<ChatResponse> DraftAsync(IChatClient client, IList<ChatMessage> history) =>
                {|AIMS001:client.GetResponseAsync(history, new ChatOptions { Temperature = 0.2f })|};
        }
        """);

    [Fact]
    public Task Call_through_injected_field_is_reported() => Verify.VerifyAsync("""
        using System.Threading.Tasks;
        using Microsoft.Extensions.AI;
        public sealed class TicketTriage
        {
            private readonly IChatClient _chat;
            public TicketTriage(IChatClient chat) => _chat = chat;
            public async Task<string> TriageAsync(string ticket) => (await {|AIMS001:_chat.GetResponseAsync(ticket)|}).Text;
        }
        """);

    [Fact]
    public Task Call_through_primary_constructor_parameter_is_reported() => Verify.VerifyAsync("""
        using System.Threading.Tasks;
        using OpenAI.Chat;
        public sealed class TicketTriage(ChatClient chat)
        {
            public async Task<string> TriageAsync(string ticket) =>
                (await {|AIMS001:chat.CompleteChatAsync(ticket)|}).Value.Content[0].Text;
        }
        """);

    [Fact]
    public Task Call_through_service_provider_resolution_is_reported() => Verify.VerifyAsync("""
        using System;
        using System.Threading.Tasks;
        using Microsoft.Extensions.AI;
        using Microsoft.Extensions.DependencyInjection;
        public static class Endpoint
        {
            public static Task<ChatResponse> HandleAsync(IServiceProvider services, string question) =>
                {|AIMS001:services.GetRequiredService<IChatClient>().GetResponseAsync(question)|};
        }
        """);

    [Fact]
    public Task Call_inside_user_extension_method_and_its_caller_are_each_reported() => Verify.VerifyAsync("""
        using System.Threading.Tasks;
        using Microsoft.Extensions.AI;
        public static class ChatHelpers
        {
            public static async Task<string> AskAsync(this IChatClient client, string question) =>
                (await {|AIMS001:client.GetResponseAsync(question)|}).Text;
        }
        public sealed class Caller
        {
            public Task<string> RunAsync(IChatClient client) => client.AskAsync("hi");
        }
        """);

    [Fact]
    public Task Call_in_a_base_class_helper_is_reported_in_the_base() => Verify.VerifyAsync("""
        using System.Threading.Tasks;
        using Microsoft.Extensions.AI;
        public abstract class AiServiceBase(IChatClient client)
        {
            protected async Task<string> AskAsync(string prompt) => (await {|AIMS001:client.GetResponseAsync(prompt)|}).Text;
        }
        public sealed class Summariser(IChatClient client) : AiServiceBase(client)
        {
            public Task<string> SummariseAsync(string text) => AskAsync("Summarise: " + text);
        }
        """);

    [Fact]
    public Task Call_of_inherited_SDK_member_on_a_derived_client_is_reported() => Verify.VerifyAsync("""
        using OpenAI.Chat;
        public sealed class TunedChatClient : ChatClient
        {
            public TunedChatClient() : base("gpt-4o-2024-08-06", "key-from-vault") { }
        }
        public static class Use
        {
            public static void Run(TunedChatClient client) => {|AIMS001:client.CompleteChat("hi")|};
        }
        """);

    [Fact]
    public Task Base_call_in_a_DelegatingChatClient_override_is_reported() => Verify.VerifyAsync("""
        using System.Collections.Generic;
        using System.Threading;
        using System.Threading.Tasks;
        using Microsoft.Extensions.AI;
        public sealed class AuditingChatClient(IChatClient inner) : DelegatingChatClient(inner)
        {
            public override async Task<ChatResponse> GetResponseAsync(
                IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
            {
                var response = await {|AIMS001:base.GetResponseAsync(messages, options, cancellationToken)|};
                return response;
            }

            public override IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
                IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
                {|AIMS001:InnerClient.GetStreamingResponseAsync(messages, options, cancellationToken)|};
        }
        public static class Use
        {
            public static Task<ChatResponse> RunAsync(AuditingChatClient client) => {|AIMS001:client.GetResponseAsync("hi")|};
            public static Task<ChatResponse> RunDirectAsync(AuditingChatClient client, List<ChatMessage> messages) =>
                {|AIMS001:client.GetResponseAsync(messages)|};
        }
        """);

    [Fact]
    public Task Call_on_a_concrete_IChatClient_implementation_is_reported() => Verify.VerifyAsync("""
        using System;
        using System.Collections.Generic;
        using System.Threading;
        using System.Threading.Tasks;
        using Microsoft.Extensions.AI;
        public sealed class CannedChatClient : IChatClient
        {
            public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
                Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, "ok")));
            public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
                throw new NotSupportedException();
            public object? GetService(Type serviceType, object? serviceKey = null) => null;
            public void Dispose() { }
        }
        public static class Use
        {
            public static Task<ChatResponse> RunAsync(CannedChatClient client, List<ChatMessage> messages) =>
                {|AIMS001:client.GetResponseAsync(messages)|};
            public static object? Service(CannedChatClient client) => client.GetService(typeof(string));
        }
        """);

    [Fact]
    public Task Calls_in_lambdas_LINQ_and_local_functions_are_reported() => Verify.VerifyAsync("""
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using System.Threading.Tasks;
        using Microsoft.Extensions.AI;
        public sealed class Batch(IChatClient client)
        {
            public Task<ChatResponse[]> SummariseAllAsync(IEnumerable<string> texts) =>
                Task.WhenAll(texts.Select(text => {|AIMS001:client.GetResponseAsync(text)|}));

            public Func<string, Task<ChatResponse>> Factory() => async prompt => await {|AIMS001:client.GetResponseAsync(prompt)|};

            public async Task<string> LocalAsync(string prompt)
            {
                return await Ask();
                async Task<string> Ask() => (await {|AIMS001:client.GetResponseAsync(prompt)|}).Text;
            }
        }
        """);

    [Fact]
    public Task Method_group_converted_to_a_delegate_is_reported_and_its_invocation_is_not() => Verify.VerifyAsync("""
        using System;
        using System.Linq;
        using System.Threading.Tasks;
        using Microsoft.Extensions.AI;
        using OpenAI.Embeddings;
        public sealed class Embedder(EmbeddingClient embeddings)
        {
            public void Run(string[] texts)
            {
                Func<string, OpenAI.Embeddings.EmbeddingGenerationOptions?, System.Threading.CancellationToken, Task<System.ClientModel.ClientResult<OpenAIEmbedding>>> embed =
                    {|AIMS001:embeddings.GenerateEmbeddingAsync|};
                _ = embed("a", null, default);
            }
        }
        """);

    [Fact]
    public Task Top_level_statements_are_reported_with_a_readable_caller()
    {
        var test = new Verify { OutputKind = OutputKind.ConsoleApplication };
        test.WithSource("""
            using OpenAI.Chat;
            var client = new ChatClient("gpt-4o-2024-08-06", System.Environment.GetEnvironmentVariable("OPENAI_API_KEY")!);
            var completion = await {|AIMS001:client.CompleteChatAsync("Hello")|};
            System.Console.WriteLine(completion.Value.Content[0].Text);
            """);
        return test.RunAsync();
    }

    [Fact]
    public Task Partial_class_calls_in_both_parts_are_reported() => Verify.VerifyAsync(
        """
        using System.Threading.Tasks;
        using Microsoft.Extensions.AI;
        public sealed partial class Assistant
        {
            private readonly IChatClient _client = null!;
            public Task<ChatResponse> AskAsync(string q) => {|AIMS001:_client.GetResponseAsync(q)|};
        }
        """,
        """
        using System.Threading.Tasks;
        using Microsoft.Extensions.AI;
        public sealed partial class Assistant
        {
            public Task<ChatResponse> AskAgainAsync(string q) => {|AIMS001:_client.GetResponseAsync(q)|};
        }
        """);

    [Fact]
    public Task Record_members_and_property_bodies_are_reported() => Verify.VerifyAsync("""
        using System.Threading.Tasks;
        using Microsoft.Extensions.AI;
        public sealed record Advisor(IChatClient Client)
        {
            public Task<ChatResponse> Greeting => {|AIMS001:Client.GetResponseAsync("Say hello")|};
            public Task<ChatResponse> AdviseAsync(string q) => {|AIMS001:Client.GetResponseAsync(q)|};
        }
        """);

    [Fact]
    public Task Generic_wrapper_over_an_embedding_generator_is_reported() => Verify.VerifyAsync("""
        using System.Collections.Generic;
        using System.Threading.Tasks;
        using Microsoft.Extensions.AI;
        public sealed class VectorIndex<TInput>(IEmbeddingGenerator<TInput, Embedding<float>> generator)
        {
            public Task<GeneratedEmbeddings<Embedding<float>>> IndexAsync(IEnumerable<TInput> items) =>
                {|AIMS001:generator.GenerateAsync(items)|};

            public Task<Embedding<float>> OneAsync(TInput item) => {|AIMS001:generator.GenerateAsync(item)|};
        }
        """);

    [Fact]
    public Task Field_initializer_calling_a_model_is_reported() => Verify.VerifyAsync("""
        using System.Threading.Tasks;
        using OpenAI.Chat;
        public sealed class Warmup
        {
            private static readonly ChatClient Client = new("gpt-4o-2024-08-06", "placeholder");
            private readonly Task<System.ClientModel.ClientResult<ChatCompletion>> _first = {|AIMS001:Client.CompleteChatAsync("ping")|};
        }
        """);
}
