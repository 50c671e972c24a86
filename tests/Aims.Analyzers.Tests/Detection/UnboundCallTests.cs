using Microsoft.CodeAnalysis.CSharp;
using Xunit;
using Verify = Aims.Analyzers.Tests.Harness.AnalyzerTest<Aims.Analyzers.Rules.ModelCallCoverageAnalyzer>;

namespace Aims.Analyzers.Tests.Detection;

/// <summary>
/// Calls that do not bind, because the code targets another version of the SDK than the one referenced (OpenAI 2.15.0,
/// Microsoft.Extensions.AI.Abstractions 11.0.0) or is still being typed, are AI usage when their receiver is an AI
/// client: reported once, with a message that says the call did not bind. A receiver of unknown type tells nothing.
/// </summary>
public sealed class UnboundCallTests
{
    private static Task VerifyAsync(string markup) => new Verify { AllowCompilationErrors = true }.WithSource(markup).RunAsync();

    private static async Task<string> MessageOfAsync(string markup) =>
        Assert.Single(await new Verify { AllowCompilationErrors = true }.WithSource(markup).RunAsync()).GetMessage();

    [Fact]
    public async Task Synchronous_response_streaming_removed_in_OpenAI_2_15_is_reported_as_a_call_that_did_not_bind()
    {
        // The example of docs/rules/AIMS001.md, as a file Answers.cs.
        var test = new Verify { AllowCompilationErrors = true };
        var diagnostics = await test.WithSource("""
            using OpenAI.Responses;
            public sealed class Answers(ResponsesClient client)
            {
                public void Stream()
                {
                    foreach (var update in {|AIMS001:client.CreateResponseStreaming("gpt-4.1-2025-04-14", "hi")|}) { } // AIMS001, and CS1061
                }
            }
            """, "Answers.cs").RunAsync();

        Assert.Equal(
            "Answers.cs(6,32): warning AIMS001: 'Answers.Stream' calls 'ResponsesClient.CreateResponseStreaming' (OpenAI) but no [AiSystem] or [PartOfAiSystem] covers it (the call did not bind: it may target another version of the SDK, or be unfinished)",
            Assert.Single(diagnostics).ToString());
        var compilation = CSharpCompilation.Create("Answers", [diagnostics[0].Location.SourceTree!], Harness.TestReferences.Default);
        Assert.Contains(compilation.GetDiagnostics(), d => d.Id == "CS1061");
    }

    [Fact]
    public async Task The_streaming_call_OpenAI_2_15_keeps_binds_and_is_reported_without_the_note()
    {
        var message = await MessageOfAsync("""
            using System.Threading.Tasks;
            using OpenAI.Responses;
            public sealed class Answers(ResponsesClient client)
            {
                public async Task Stream() { await foreach (var update in await {|AIMS001:client.CreateResponseStreamingAsync("gpt-4.1-2025-04-14", "hi")|}) { } }
            }
            """);
        Assert.Equal("'Answers.Stream' calls 'ResponsesClient.CreateResponseStreamingAsync' (OpenAI) but no [AiSystem] or [PartOfAiSystem] covers it", message);
    }

    [Fact]
    public async Task Embedding_vector_extension_of_an_older_Microsoft_Extensions_AI_is_reported_by_its_receiver()
    {
        var message = await MessageOfAsync("""
            using System.Threading.Tasks;
            using Microsoft.Extensions.AI;
            public sealed class Index(IEmbeddingGenerator<string, Embedding<float>> generator)
            {
                public async Task Add(string text) => _ = await {|AIMS001:generator.GenerateEmbeddingVectorAsync(text)|};
            }
            """);
        Assert.Equal("'Index.Add' calls 'IEmbeddingGenerator<TInput, TEmbedding>.GenerateEmbeddingVectorAsync' (Microsoft.Extensions.AI) but no [AiSystem] or [PartOfAiSystem] covers it (the call did not bind: it may target another version of the SDK, or be unfinished)", message);
    }

    [Fact]
    public async Task Structured_output_of_the_full_Microsoft_Extensions_AI_package_is_reported_by_the_member_it_names()
    {
        var message = await MessageOfAsync("""
            using System.Threading.Tasks;
            using Microsoft.Extensions.AI;
            public sealed record Verdict(bool Spam);
            public sealed class Filter(IChatClient chatClient)
            {
                public async Task<object> Check(string mail) => await {|AIMS001:chatClient.GetResponseAsync<Verdict>(mail)|};
            }
            """);
        Assert.Equal("'Filter.Check' calls 'IChatClient.GetResponseAsync' (Microsoft.Extensions.AI) but no [AiSystem] or [PartOfAiSystem] covers it (the call did not bind: it may target another version of the SDK, or be unfinished)", message);
    }

    [Fact]
    public async Task Fine_tuning_job_of_an_older_OpenAI_is_an_unbound_service_call()
    {
        // The example of docs/rules/AIMS020.md, as a file Trainer.cs.
        var diagnostics = await new Verify { AllowCompilationErrors = true }.WithSource("""
            using OpenAI.FineTuning;
            public sealed class Trainer(FineTuningClient client)
            {
                public object Train() => {|AIMS020:client.CreateFineTuningJob("gpt-4o-mini-2024-07-18", "file-abc")|}; // AIMS020, and CS1061
            }
            """, "Trainer.cs").RunAsync();

        Assert.Equal(
            "Trainer.cs(4,30): warning AIMS020: 'Trainer.Train' calls 'FineTuningClient.CreateFineTuningJob' (OpenAI, FineTuning) but no [AiSystem] or [PartOfAiSystem] covers it (the call did not bind: it may target another version of the SDK, or be unfinished)",
            Assert.Single(diagnostics).ToString());
        var compilation = CSharpCompilation.Create("Trainer", [diagnostics[0].Location.SourceTree!], Harness.TestReferences.Default);
        Assert.Contains(compilation.GetDiagnostics(), d => d.Id == "CS1061");
        Assert.Contains(typeof(OpenAI.OpenAIClient).Assembly.GetType("OpenAI.FineTuning.FineTuningClient")!.GetMethods(), method => method.Name == "FineTune");
    }

    [Fact]
    public Task Member_the_client_does_not_have_is_reported_by_the_client_type() => VerifyAsync("""
        using Microsoft.Extensions.AI;
        using OpenAI.Audio;
        public sealed class Calls(IChatClient chat, AudioClient audio)
        {
            public object Chat() => {|AIMS001:chat.SummarizeAsync("text")|};
            public object? Conditional() => chat?{|AIMS001:.SummarizeAsync("text")|};
            public object Audio() => {|AIMS001:audio.Speak("text")|};
        }
        """);

    [Fact]
    public Task Client_of_a_type_that_derives_from_implements_or_is_constrained_to_a_catalogued_one_is_an_AI_client() => VerifyAsync("""
        using Microsoft.Extensions.AI;
        public sealed class Cached(IChatClient inner) : DelegatingChatClient(inner)
        {
            public object Warm() => {|AIMS001:this.Prime("hello")|};
        }
        public sealed class Uses(Cached cached)
        {
            public object Ask() => {|AIMS001:cached.GetResponseAsync(1, 2, 3, 4, 5)|};
            public object Generic<TClient>(TClient client) where TClient : IChatClient => {|AIMS001:client.Prime("hello")|};
        }
        """);

    [Fact]
    public Task Service_call_that_names_a_catalogued_member_with_wrong_arguments_is_AIMS020() => VerifyAsync("""
        using OpenAI.Batch;
        public sealed class Nightly(BatchClient batches)
        {
            public object Submit() => {|AIMS020:batches.CreateBatch("file-abc")|};
        }
        """);

    [Fact]
    public Task Half_typed_calls_on_an_AI_client_are_reported_once_each() => VerifyAsync("""
        using Microsoft.Extensions.AI;
        using OpenAI.Chat;
        public sealed class Typing(IChatClient chat, ChatClient openAi)
        {
            public void MissingArguments() { _ = {|AIMS001:chat.GetResponseAsync()|}; }
            public void MissingParenthesis() { {|AIMS001:openAi.CompleteChat("hi"|}; }
            public void UnknownGenericArgument() { _ = {|AIMS001:chat.GetResponseAsync<Unknown>("hi")|}; }
            public void UnknownArgument() { _ = {|AIMS001:chat.GetResponseAsync(unknown)|}; }
            public void TrailingDot() { var text = {|AIMS001:openAi.CompleteChat("hi")|}.Value. ; }
        }
        """);

    [Fact]
    public Task Bound_AI_call_beside_unbound_ones_is_reported_once_as_bound() => VerifyAsync("""
        using System.Threading.Tasks;
        using Microsoft.Extensions.AI;
        public sealed class Mixed(IChatClient chat)
        {
            public Task<ChatResponse> Bound() => {|AIMS001:chat.GetResponseAsync("hi")|};
            public void InvalidUse() { {|AIMS001:chat.GetResponseAsync("hi")|}.Unknown(); }
            public void NotAssignable() { int count = {|AIMS001:chat.GetResponseAsync("hi")|}; }
        }
        """);

    [Fact]
    public async Task Bound_call_keeps_its_message_without_the_note()
    {
        var diagnostics = await new Verify { AllowCompilationErrors = true }.WithSource("""
            using Microsoft.Extensions.AI;
            public sealed class Mixed(IChatClient chat)
            {
                public void InvalidUse() { {|AIMS001:chat.GetResponseAsync("hi")|}.Unknown(); }
            }
            """).RunAsync();
        Assert.DoesNotContain("did not bind", Assert.Single(diagnostics).GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public Task Receiver_of_unknown_type_is_not_reported() => VerifyAsync("""
        using Microsoft.Extensions.AI;
        public sealed class Unknowns(UnknownClient client, IChatClient chat)
        {
            public object A() => client.GetResponseAsync("hi");
            public object B() => client.CreateResponseStreaming("hi");
            public object C() => undeclared.CompleteChat("hi");
            public object D() => chat.Unknown.GetResponseAsync("hi");
            public object E() => GetResponseAsync("hi");
        }
        """);

    [Fact]
    public Task Non_AI_receivers_with_the_same_member_names_are_not_reported() => VerifyAsync("""
        using System.Text;
        namespace OpenAI.Chat
        {
            public sealed class LookAlike { public string CompleteChat(int turns) => ""; }
        }
        namespace App
        {
            using OpenAI.Chat;
            public sealed class Chatty(LookAlike lookAlike, StringBuilder text)
            {
                public object A() => lookAlike.CompleteChat("hi");
                public object B() => lookAlike.CreateResponseStreaming("hi");
                public object C() => text.GetResponseAsync("hi");
                public object D() => "text".GenerateEmbeddingVectorAsync();
            }
        }
        """);

    [Fact]
    public Task Unbound_call_to_a_member_of_the_client_that_is_no_AI_call_is_not_reported() => VerifyAsync("""
        using System.Net.Http;
        using Microsoft.Extensions.AI;
        using OpenAI.Chat;
        public sealed class Plumbing(IChatClient chat, ChatClient openAi, HttpClient http)
        {
            public object A() => chat.GetService();
            public object B() => openAi.Model("x");
            public object C() => http.PostAsync("https://api.openai.com/v1/chat/completions");
            public void D() => chat.Dispose(true);
        }
        """);

    [Fact]
    public Task SDK_type_beside_a_catalogued_client_is_an_AI_client_for_the_names_the_catalogue_lists_there() => VerifyAsync("""
        using Microsoft.Extensions.AI;
        public sealed class Untyped(IEmbeddingGenerator generator)
        {
            public object Embed() => {|AIMS001:generator.GenerateAsync("text")|};
            public object Other() => generator.Summarize("text");
        }
        """);

    [Fact]
    public Task Name_no_catalogue_row_lists_counts_only_in_a_file_that_imports_an_AI_SDK() => new Verify { AllowCompilationErrors = true }.WithSources(
        """
        using Microsoft.Extensions.AI;
        public static class Clients { public static IChatClient Chat { get; set; } = null!; }
        public static class Near { public static object A() => {|AIMS001:Clients.Chat.SummarizeAsync("x")|}; }
        """,
        """
        public static class Far
        {
            public static object A() => Clients.Chat.SummarizeAsync("x");
            public static object B() => {|AIMS001:Clients.Chat.CompleteChat("x")|};
            public static object C() => {|AIMS001:Clients.Chat.GetResponseAsync()|};
        }
        """).RunAsync();

    [Fact]
    public Task A_name_no_catalogue_row_lists_counts_only_on_a_receiver_that_is_a_name() => VerifyAsync("""
        using OpenAI;
        public sealed class Chain(OpenAIClient client)
        {
            private OpenAI.Chat.ChatClient Chat => client.GetChatClient("gpt-4o-2024-08-06");
            public object Named() => {|AIMS001:this.Chat.Summarize("x")|};
            public object Invoked() => client.GetChatClient("gpt-4o-2024-08-06").Summarize("x");
            public object Listed() => {|AIMS001:client.GetChatClient("gpt-4o-2024-08-06").CompleteChat()|};
        }
        """);

    [Fact]
    public Task Global_usings_usings_of_a_parent_namespace_and_usings_inside_a_namespace_import_an_AI_SDK() => new Verify { AllowCompilationErrors = true }.WithSources(
        """
        global using Microsoft.Extensions.AI;
        """,
        """
        public sealed class ViaGlobal(IChatClient chat) { public object A() => {|AIMS001:chat.SummarizeAsync("x")|}; }
        """,
        """
        using OpenAI;
        public sealed class ViaParent(OpenAIClient client) { public object A() { var chat = client.GetChatClient("gpt-4o-2024-08-06"); return {|AIMS001:chat.Summarize("x")|}; } }
        """,
        """
        namespace App
        {
            using global::OpenAI.Audio;
            public sealed class ViaNamespaceUsing(AudioClient audio) { public object A() => {|AIMS001:audio.Speak("x")|}; }
        }
        """).RunAsync();

    [Fact]
    public Task Covered_unbound_call_is_not_reported() => new Verify { AllowCompilationErrors = true, OnlyIds = new HashSet<string> { "AIMS001" } }.WithSource("""
        using Aims;
        using OpenAI.Responses;
        [AiSystem("answers")]
        public sealed class Answers(ResponsesClient client)
        {
            public object Stream() => client.CreateResponseStreaming("gpt-4.1-2025-04-14", "hi");
        }
        """).RunAsync();

    [Fact]
    public Task Unbound_call_inside_an_expression_tree_is_not_a_call() => VerifyAsync("""
        using System;
        using System.Linq.Expressions;
        using OpenAI.Responses;
        public static class Setup
        {
            public static Expression<Func<ResponsesClient, object>> Tree => c => c.CreateResponseStreaming("m", "hi");
        }
        """);
}
