using Xunit;
using Test = Aims.Analyzers.Tests.Harness.AnalyzerTest<Aims.Analyzers.Rules.ModelCallCoverageAnalyzer>;

namespace Aims.Analyzers.Tests.Detection;

/// <summary>
/// Agents, MCP sampling, Azure AI model inference and ONNX Runtime GenAI token loops, compiled against the real packages
/// (Microsoft.Agents.AI 1.28, ModelContextProtocol.Core 2.4, Azure.AI.Inference 1.0.0-beta.5, OnnxRuntimeGenAI 0.20):
/// what runs a model is AIMS001 (AIMS020 for a service call), and building clients, agents and tools, or calling and
/// listing MCP tools, is nothing.
/// </summary>
public sealed class AgentEraSdkTests
{
    private static Task VerifyAsync(string source)
    {
        var test = new Test { References = Harness.TestReferences.EverySdk };
        test.OnlyIds = new HashSet<string> { "AIMS001", "AIMS020" };
        return test.WithSource(source).RunAsync();
    }

    [Fact]
    public Task Running_an_agent_is_a_model_call_and_making_one_is_not() => VerifyAsync("""
        using System.Threading.Tasks;
        using Microsoft.Agents.AI;
        using Microsoft.Extensions.AI;
        public sealed record Plan(string[] Steps);
        public sealed class Concierge(IChatClient chat)
        {
            public async Task RunAsync()
            {
                AIAgent agent = chat.AsAIAgent(instructions: "You plan trips.", name: "planner");
                var session = await agent.CreateSessionAsync();
                _ = await {|AIMS001:agent.RunAsync("Plan a weekend in Lisbon", session)|};
                _ = await {|AIMS001:agent.RunAsync<Plan>("Plan a weekend in Porto")|};
                await foreach (var update in {|AIMS001:agent.RunStreamingAsync("And in Faro?", session)|}) { _ = update; }

                var typed = new ChatClientAgent(chat, instructions: "You answer briefly.");
                _ = await {|AIMS001:typed.RunAsync("Hello")|};
                await foreach (var update in {|AIMS001:typed.RunStreamingAsync("Hello again")|}) { _ = update; }
            }
        }
        """);

    [Fact]
    public Task Running_a_workflow_of_agents_is_a_model_call_and_one_the_code_shows_is_only_code_is_not() => VerifyAsync("""
        using System.Threading.Tasks;
        using Microsoft.Agents.AI;
        using Microsoft.Agents.AI.Workflows;
        public static class Flows
        {
            public static async Task RunAsync(AIAgent writer, AIAgent reviewer, Workflow given)
            {
                var team = AgentWorkflowBuilder.BuildSequential(writer, reviewer);
                _ = await {|AIMS001:InProcessExecution.RunAsync(team, "Draft the release note")|};

                var upper = new FunctionExecutor<string>("upper", (text, context, token) => { });
                var trim = new FunctionExecutor<string>("trim", (text, context, token) => { });
                var plain = new WorkflowBuilder(upper).AddEdge(upper, trim).Build();
                _ = await InProcessExecution.RunAsync(plain, "text");

                var mixed = new WorkflowBuilder(upper).AddEdge(upper, writer).Build();
                _ = await {|AIMS001:InProcessExecution.RunAsync(mixed, "text")|};
                await using var run = await {|AIMS001:InProcessExecution.RunStreamingAsync(given, "text")|};
            }
        }
        """);

    [Fact]
    public Task A_workflow_from_a_factory_method_of_the_project_is_followed_to_what_it_returns()
    {
        var test = new Test { References = Harness.TestReferences.EverySdk, OnlyIds = new HashSet<string> { "AIMS001", "AIMS020" } };
        return test.WithSources(
            """
            using Microsoft.Agents.AI;
            using Microsoft.Agents.AI.Workflows;
            public static class Workflows
            {
                public static Workflow Plain()
                {
                    var upper = new FunctionExecutor<string>("upper", (text, context, token) => { });
                    var trim = new FunctionExecutor<string>("trim", (text, context, token) => { });
                    return new WorkflowBuilder(upper).AddEdge(upper, trim).Build();
                }

                public static Workflow Team() => AgentWorkflowBuilder.BuildSequential(Agents.Writer!, Agents.Reviewer!);

                public static Workflow Either(bool plain) => plain ? Plain() : Team();
            }
            public static class Agents
            {
                public static AIAgent? Writer;
                public static AIAgent? Reviewer;
            }
            """,
            """
            using System.Threading.Tasks;
            using Microsoft.Agents.AI.Workflows;
            public static class Runner
            {
                public static async Task RunAsync()
                {
                    _ = await InProcessExecution.RunAsync(Workflows.Plain(), "text");
                    var plain = Workflows.Plain();
                    await using var run = await InProcessExecution.RunStreamingAsync(plain, "text");
                    _ = await {|AIMS001:InProcessExecution.RunAsync(Workflows.Team(), "text")|};
                    _ = await {|AIMS001:InProcessExecution.RunAsync(Workflows.Either(true), "text")|};
                }
            }
            """).RunAsync();
    }

    [Fact]
    public Task An_agent_of_the_project_s_own_is_run_through_the_base_class() => VerifyAsync("""
        using System.Collections.Generic;
        using System.Threading;
        using System.Threading.Tasks;
        using Microsoft.Agents.AI;
        using Microsoft.Extensions.AI;
        public sealed class Router(AIAgent inner) : DelegatingAIAgent(inner)
        {
        }
        public static class Use
        {
            public static async Task RunAsync(Router router) => _ = await {|AIMS001:router.RunAsync("route this")|};
        }
        """);

    [Fact]
    public Task MCP_sampling_is_a_model_call_and_tools_are_not() => VerifyAsync("""
        using System.Collections.Generic;
        using System.Threading.Tasks;
        using Microsoft.Extensions.AI;
        using ModelContextProtocol;
        using ModelContextProtocol.Client;
        using ModelContextProtocol.Server;
        public static class Mcp
        {
            public static async Task ServeAsync(McpServer server)
            {
                _ = await {|AIMS001:server.SampleAsync(new List<ChatMessage> { new(ChatRole.User, "Summarise the ticket") })|};
                IChatClient sampling = server.AsSamplingChatClient();
                _ = await {|AIMS001:sampling.GetResponseAsync("Summarise it again")|};
            }

            public static async Task UseAsync(McpClient client, IChatClient chat)
            {
                var handler = {|AIMS001:chat.CreateSamplingHandler()|};
                _ = handler;
                _ = await client.ListToolsAsync();
                _ = await client.CallToolAsync("search", new Dictionary<string, object?> { ["q"] = "invoices" });
            }
        }
        """);

    [Fact]
    public Task Azure_AI_inference_completions_and_embeddings_are_model_calls_and_model_info_a_service_call() => VerifyAsync("""
        using System;
        using System.Collections.Generic;
        using System.Threading.Tasks;
        using Azure;
        using Azure.AI.Inference;
        public static class Foundry
        {
            public static async Task RunAsync()
            {
                var endpoint = new Uri("https://contoso.services.ai.azure.com/models");
                var chat = new ChatCompletionsClient(endpoint, new AzureKeyCredential(Environment.GetEnvironmentVariable("AZURE_AI_API_KEY")!));
                var options = new ChatCompletionsOptions { Messages = { new ChatRequestUserMessage("hi") }, Model = "Phi-4" };
                _ = await {|AIMS001:chat.CompleteAsync(options)|};
                _ = {|AIMS001:chat.Complete(options)|};
                _ = await {|AIMS020:chat.GetModelInfoAsync()|};
                var embeddings = new EmbeddingsClient(endpoint, new AzureKeyCredential("from-vault"));
                _ = await {|AIMS001:embeddings.EmbedAsync(new EmbeddingsOptions(new List<string> { "text" }))|};
            }
        }
        """);

    [Fact]
    public Task An_ONNX_Runtime_GenAI_token_loop_is_a_model_call_and_loading_the_model_is_not() => VerifyAsync("""
        using Microsoft.ML.OnnxRuntimeGenAI;
        public static class Local
        {
            public static void Generate(string folder, int[] prompt)
            {
                using var model = new Model(folder);
                using var parameters = new GeneratorParams(model);
                using var generator = new Generator(model, parameters);
                {|AIMS001:generator.AppendTokens(prompt)|};
                while (!generator.IsDone())
                {
                    {|AIMS001:generator.GenerateNextToken()|};
                }
            }
        }
        """);

    [Fact]
    public Task Look_alike_agents_and_servers_of_the_project_are_not_the_SDK_s() => VerifyAsync("""
        using System.Threading.Tasks;
        namespace Microsoft.Agents.AI.Local
        {
            public sealed class AIAgent { public Task<string> RunAsync(string message) => Task.FromResult(message); }
            public sealed class McpServer { public Task<string> SampleAsync(string prompt) => Task.FromResult(prompt); }
            public static class Use
            {
                public static async Task RunAsync(AIAgent agent, McpServer server)
                {
                    _ = await agent.RunAsync("hi");
                    _ = await server.SampleAsync("hi");
                }
            }
        }
        """);
}
