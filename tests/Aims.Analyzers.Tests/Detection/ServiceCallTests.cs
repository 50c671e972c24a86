using Xunit;
using Test = Aims.Analyzers.Tests.Harness.AnalyzerTest<Aims.Analyzers.Rules.ModelCallCoverageAnalyzer>;

namespace Aims.Analyzers.Tests.Detection;

/// <summary>
/// Calls that use an AI provider's services without running a model are AIMS020, next to the model calls (AIMS001) of the
/// same SDKs; both are covered by the same declarations. Compiled against the real SDKs.
/// </summary>
public sealed class ServiceCallTests
{
    private static Task VerifyAsync(params string[] sources)
    {
        var test = new Test();
        test.OnlyIds = new HashSet<string> { "AIMS001", "AIMS020" };
        return test.WithSources(sources).RunAsync();
    }

    [Fact]
    public Task OpenAI_files_vector_stores_assistants_batches_fine_tuning_and_models_are_service_calls() => VerifyAsync("""
        using System.ClientModel;
        using System.IO;
        using System.Threading.Tasks;
        using OpenAI.Assistants;
        using OpenAI.Batch;
        using OpenAI.Files;
        using OpenAI.FineTuning;
        using OpenAI.Models;
        using OpenAI.VectorStores;
        public sealed class KnowledgeBase(OpenAIFileClient files, VectorStoreClient stores, AssistantClient assistants,
            BatchClient batches, FineTuningClient tuning, OpenAIModelClient models)
        {
            public async Task RunAsync(Stream handbook, BinaryContent batch)
            {
                var file = await {|AIMS020:files.UploadFileAsync(handbook, "handbook.pdf", FileUploadPurpose.Assistants)|};
                _ = await {|AIMS020:stores.CreateVectorStoreAsync()|};
                _ = await {|AIMS020:assistants.CreateAssistantAsync("gpt-4o-2024-08-06")|};
                _ = await {|AIMS020:assistants.CreateThreadAsync()|};
                var operation = await {|AIMS020:batches.CreateBatchAsync(batch, waitUntilCompleted: false)|};
                _ = await {|AIMS020:operation.GetBatchAsync(null)|};
                var job = await {|AIMS020:tuning.FineTuneAsync("gpt-4o-mini-2024-07-18", file.Value.Id, waitUntilCompleted: false)|};
                _ = await {|AIMS020:job.CancelAndUpdateAsync()|};
                _ = await {|AIMS020:models.GetModelsAsync()|};
                _ = {|AIMS020:files.DeleteFile(file.Value.Id)|};
            }
        }
        """);

    [Fact]
    public Task Stored_completions_responses_conversations_and_token_counts_are_service_calls() => VerifyAsync("""
        using System.ClientModel;
        using System.Threading.Tasks;
        using OpenAI.Chat;
        using OpenAI.Conversations;
        using OpenAI.Responses;
        public static class History
        {
            public static async Task RunAsync(ChatClient chat, ResponsesClient responses, ConversationClient conversations, BinaryContent body)
            {
                _ = await {|AIMS020:chat.GetChatCompletionAsync("chatcmpl-1")|};
                _ = await {|AIMS020:chat.DeleteChatCompletionAsync("chatcmpl-1")|};
                _ = await {|AIMS020:responses.GetResponseAsync("resp_1")|};
                _ = await {|AIMS020:conversations.CreateConversationAsync(body)|};
                _ = await {|AIMS020:responses.GetInputTokenCountAsync(body, "application/json")|};
            }
        }
        """);

    [Fact]
    public Task Anthropic_models_files_skills_batch_bookkeeping_and_token_counts_are_service_calls() => VerifyAsync("""
        using System.Threading.Tasks;
        using Anthropic;
        using Anthropic.Models.Messages;
        public sealed class Housekeeping(AnthropicClient client)
        {
            public async Task RunAsync(MessageCountTokensParams count)
            {
                _ = await {|AIMS020:client.Models.List()|};
                _ = await {|AIMS020:client.WithRawResponse.Models.List()|};
                _ = await {|AIMS020:client.Beta.Files.List()|};
                _ = await {|AIMS020:client.Beta.Skills.List()|};
                _ = await {|AIMS020:client.Messages.Batches.Retrieve("msgbatch_1")|};
                _ = await {|AIMS020:client.Messages.Batches.List()|};
                _ = await {|AIMS020:client.Messages.CountTokens(count)|};
            }
        }
        """);

    [Fact]
    public Task Anthropic_agent_sessions_tool_runners_and_message_batches_are_model_calls() => VerifyAsync("""
        using System.Collections.Generic;
        using System.Threading.Tasks;
        using Anthropic;
        using Anthropic.Helpers.Beta;
        using Anthropic.Models.Beta.Sessions;
        using Anthropic.Models.Beta.Sessions.Events;
        using Anthropic.Models.Messages.Batches;
        using BetaRequest = Anthropic.Models.Beta.Messages.MessageCreateParams;
        public sealed class Agents(AnthropicClient client)
        {
            public async Task RunAsync(string sessionId, SessionCreateParams session, EventSendParams events, BatchCreateParams batch,
                BetaRequest request, IReadOnlyList<IBetaRunnableTool> tools)
            {
                _ = await {|AIMS001:client.Beta.Sessions.Create(session)|};
                _ = await {|AIMS001:client.Beta.Sessions.Events.Send(sessionId, events)|};
                _ = await {|AIMS020:client.Beta.Sessions.Events.List(sessionId)|};
                _ = await {|AIMS001:client.Messages.Batches.Create(batch)|};
                var runner = {|AIMS001:client.Beta.Messages.ToolRunner(request, tools)|};
                await foreach (var message in runner)
                {
                    _ = message;
                }

                _ = await runner.RunUntilDoneAsync();
            }
        }
        """);

    [Fact]
    public Task Realtime_client_secrets_and_sends_into_a_session_are_model_calls_and_control_messages_are_not_AI() => VerifyAsync("""
        #pragma warning disable OPENAI002, MEAI001 // evaluation-only APIs, as users suppress them
        using System.ClientModel;
        using System.IO;
        using System.Threading.Tasks;
        using Microsoft.Extensions.AI;
        using OpenAI.Decisions;
        using OpenAI.Realtime;
        public static class Voice
        {
            public static async Task RunAsync(RealtimeClient realtime, RealtimeSessionClient session, CreateClientSecretOptions secret,
                Stream audio, IRealtimeClientSession abstraction, RealtimeClientMessage message, DecisionsClient decisions, BinaryContent body)
            {
                _ = await {|AIMS001:realtime.CreateRealtimeClientSecretAsync(secret)|};
                await {|AIMS001:session.SendInputAudioAsync(audio)|};
                await {|AIMS001:session.StartResponseAsync()|};
                await session.CancelResponseAsync();
                await session.ClearInputAudioAsync();
                await {|AIMS001:abstraction.SendAsync(message)|};
                _ = await {|AIMS001:decisions.CreateDecisionAsync(body)|};
            }
        }
        """);

    [Fact]
    public Task Microsoft_Extensions_AI_hosted_files_are_service_calls() => VerifyAsync("""
        #pragma warning disable MEAI001 // an evaluation-only API, as users suppress it
        using System.IO;
        using System.Threading.Tasks;
        using Microsoft.Extensions.AI;
        public static class Uploads
        {
            public static async Task RunAsync(IHostedFileClient files, Stream content, DataContent data)
            {
                var file = await {|AIMS020:files.UploadAsync(content, "application/pdf", "a.pdf")|};
                _ = await {|AIMS020:files.UploadAsync(data)|};
                _ = await {|AIMS020:files.DeleteAsync("file-1")|};
            }
        }
        """);

    [Fact]
    public Task Anthropic_13_message_threads_files_and_skills_are_detected() => VerifyAsync(
        """
        using System.Collections.Generic;
        using System.Threading.Tasks;
        using Anthropic;
        using Anthropic.Helpers.Beta;
        using Anthropic.Models.Beta.Messages;
        public sealed class Threads(AnthropicClient client)
        {
            public async Task RunAsync(ThreadCreateParams parameters, BetaMessageParam message, IReadOnlyList<IBetaRunnableTool> tools)
            {
                var thread = client.Beta.Messages.Thread(parameters);
                _ = await {|AIMS001:thread.Send(message)|};
                _ = {|AIMS001:thread.ToolRunner(tools)|};
                _ = await {|AIMS020:client.Files.List()|};
                _ = await {|AIMS020:client.Skills.List()|};
            }
        }
        """);

    [Fact]
    public Task Service_calls_are_covered_by_AiSystem_and_PartOfAiSystem_like_model_calls() => VerifyAsync(
        """
        using System.IO;
        using System.Threading.Tasks;
        using Aims;
        using OpenAI.Files;
        [AiSystem("knowledge-base")]
        public sealed class Indexer(OpenAIFileClient files)
        {
            public Task UploadAsync(Stream handbook) => files.UploadFileAsync(handbook, "handbook.pdf", FileUploadPurpose.Assistants);
        }
        """,
        """
        using System.Threading.Tasks;
        using Aims;
        using Anthropic;
        using OpenAI.Files;
        [PartOfAiSystem("knowledge-base")]
        public sealed class Cleaner(OpenAIFileClient files, AnthropicClient client)
        {
            public Task DeleteAsync(string id) => files.DeleteFileAsync(id);
            public Task ListAsync() => client.Beta.Files.List();
        }
        """,
        """
        using System.Threading.Tasks;
        using OpenAI.VectorStores;
        public sealed class Stray(VectorStoreClient stores)
        {
            public Task DropAsync() => {|AIMS020:stores.DeleteVectorStoreAsync("vs_1")|};
        }
        """);

    [Fact]
    public Task Look_alikes_of_service_calls_are_not_AI() => VerifyAsync("""
        using System.Collections.Generic;
        using System.Threading;
        using System.Threading.Tasks;
        namespace Contoso.Storage
        {
            public sealed class OpenAIFileClient
            {
                public Task UploadFileAsync(string path) => Task.CompletedTask;
                public void DeleteFile(string id) { }
            }

            public interface IModelService
            {
                Task<string[]> List();
                Task Retrieve(string id);
            }

            public sealed class Jobs(OpenAIFileClient files, IModelService models)
            {
                public async Task RunAsync(CancellationTokenSource cancellation)
                {
                    var names = new List<string>();
                    names.Add("a");
                    await files.UploadFileAsync("a.pdf");
                    files.DeleteFile("file-1");
                    _ = await models.List();
                    await models.Retrieve("model-1");
                    cancellation.Cancel();
                }
            }
        }
        """);
}
