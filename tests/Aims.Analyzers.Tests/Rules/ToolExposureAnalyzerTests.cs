using Xunit;
using Test = Aims.Analyzers.Tests.Harness.AnalyzerTest<Aims.Analyzers.Rules.ToolExposureAnalyzer>;

namespace Aims.Analyzers.Tests.Rules;

/// <summary>
/// Tools handed to models, compiled against the real SDKs (Microsoft.Extensions.AI 11, Semantic Kernel 1.82,
/// ModelContextProtocol 2.4, OpenAI 2.15): AIMS024 where no system covers the code, AIMS025 for a tool that acts on a
/// system without human oversight and without an approval step, and the AIMS026 record of each tool in builds.
/// </summary>
public sealed class ToolExposureAnalyzerTests
{
    private static Test Create(params string[] ids) => new() { References = Harness.TestReferences.EverySdk, OnlyIds = new HashSet<string>(ids) };

    [Fact]
    public Task Every_way_of_making_a_tool_of_Microsoft_Extensions_AI_is_undeclared_where_no_system_covers_it()
    {
        var test = Create("AIMS024");
        return test.WithSource("""
            using System.Collections.Generic;
            using Microsoft.Extensions.AI;
            public sealed class Mailer : AIFunction
            {
                protected override System.Threading.Tasks.ValueTask<object?> InvokeCoreAsync(AIFunctionArguments arguments, System.Threading.CancellationToken token) => default;
            }
            public static class Tools
            {
                public static string GetWeather(string city) => "sunny";

                public static IList<AITool> All()
                {
                    static string SendEmail(string to) => to;
                    return
                    [
                        {|AIMS024:AIFunctionFactory.Create(GetWeather)|},
                        {|AIMS024:AIFunctionFactory.Create((string id) => id, name: "delete_ticket")|},
                        {|AIMS024:AIFunctionFactory.Create(SendEmail)|},
                        {|AIMS024:AIFunctionFactory.Create(typeof(Tools).GetMethod("GetWeather")!, target: null)|},
                        {|AIMS024:new HostedWebSearchTool()|},
                        {|AIMS024:new HostedCodeInterpreterTool()|},
                        {|AIMS024:new Mailer()|},
                    ];
                }
            }
            """).RunAsync();
    }

    [Fact]
    public Task Every_member_of_every_tool_row_hands_a_tool_over() =>
        Create("AIMS024").WithSource("""
            #pragma warning disable MEAI001, OPENAI001
            using System;
            using System.Text.Json;
            using Microsoft.Extensions.AI;
            using Microsoft.SemanticKernel;
            using ModelContextProtocol.Server;
            using OpenAI.Responses;
            public sealed class Plugin { [KernelFunction] public string GetTime() => ""; }
            public static class Rows
            {
                public static string Echo(string text) => text;

                public static void All(Kernel kernel, JsonElement schema)
                {
                    _ = {|AIMS024:AIFunctionFactory.CreateDeclaration("lookup", "Looks up", schema)|};
                    _ = {|AIMS024:new HostedFileSearchTool()|};
                    _ = {|AIMS024:new HostedImageGenerationTool()|};
                    _ = {|AIMS024:new HostedToolSearchTool()|};
                    _ = {|AIMS024:kernel.CreateFunctionFromMethod(Echo)|};
                    _ = {|AIMS024:kernel.ImportPluginFromType<Plugin>()|};
                    _ = {|AIMS024:kernel.ImportPluginFromObject(new Plugin())|};
                    _ = {|AIMS024:kernel.CreatePluginFromType<Plugin>()|};
                    _ = {|AIMS024:kernel.CreatePluginFromObject(new Plugin())|};
                    _ = {|AIMS024:kernel.Plugins.AddFromObject(new Plugin())|};
                    _ = {|AIMS024:KernelPluginFactory.CreateFromObject(new Plugin())|};
                    _ = {|AIMS024:KernelPluginFactory.CreateFromType(typeof(Plugin))|};
                    _ = {|AIMS024:McpServerTool.Create(Echo)|};
                    _ = {|AIMS024:ResponseTool.CreateFunctionTool("echo", BinaryData.FromString("{}"), false)|};
                    _ = {|AIMS024:ResponseTool.CreateCustomTool("echo")|};
                    _ = {|AIMS024:ResponseTool.CreateWebSearchPreviewTool()|};
                    _ = {|AIMS024:ResponseTool.CreateFileSearchTool(["vs_1"])|};
                    _ = {|AIMS024:ResponseTool.CreateImageGenerationTool("gpt-image-1")|};
                    _ = {|AIMS024:ResponseTool.CreateCodeInterpreterTool(new CodeInterpreterToolContainer(new AutomaticCodeInterpreterToolContainerConfiguration()))|};
                    _ = {|AIMS024:ResponseTool.CreateMcpTool("ops", new System.Uri("https://mcp.example.com"))|};
                    _ = {|AIMS024:ResponseTool.CreateApplyPatchTool()|};
                }
            }
            """).RunAsync();

    [Fact]
    public async Task The_message_names_the_member_the_tool_and_what_made_it()
    {
        var diagnostics = await Create("AIMS024").WithSource("""
            using Microsoft.Extensions.AI;
            public static class Tools
            {
                public static string SendEmail(string to) => to;
                public static AITool Make() => {|AIMS024:AIFunctionFactory.Create(SendEmail)|};
                public static AITool Lambda() => {|AIMS024:AIFunctionFactory.Create(() => 1)|};
            }
            """).RunAsync();

        Assert.Equal(
            ["'Tools.Make' hands tool 'SendEmail' to a model (AIFunctionFactory.Create) but no [AiSystem] or [PartOfAiSystem] covers it",
             "'Tools.Lambda' hands an unnamed function tool to a model (AIFunctionFactory.Create) but no [AiSystem] or [PartOfAiSystem] covers it"],
            diagnostics.OrderBy(d => d.Location.SourceSpan.Start).Select(d => d.GetMessage()));
    }

    [Fact]
    public Task A_tool_that_acts_is_reported_on_a_system_without_oversight_and_one_that_reads_or_says_nothing_is_not() =>
        Create("AIMS024", "AIMS025").WithSource("""
            using System.Collections.Generic;
            using Aims;
            using Microsoft.Extensions.AI;
            [AiSystem("helpdesk")]
            public static class Helpdesk
            {
                public static string SendEmail(string to) => to;
                public static string DeleteTicket(string id) => id;
                public static string GetTicket(string id) => id;
                public static string Weather(string city) => city;

                public static IList<AITool> Tools() =>
                [
                    {|AIMS025:AIFunctionFactory.Create(SendEmail)|},
                    {|AIMS025:AIFunctionFactory.Create((string id) => id, name: "refund_order")|},
                    new ApprovalRequiredAIFunction(AIFunctionFactory.Create(DeleteTicket)),
                    AIFunctionFactory.Create(GetTicket),
                    AIFunctionFactory.Create(Weather),
                    AIFunctionFactory.Create(() => 1),
                    new HostedWebSearchTool(),
                ];
            }
            [AiSystem("overseen")]
            [HumanOversight(OversightMode.HumanInTheLoop)]
            public static class Overseen
            {
                public static string SendEmail(string to) => to;
                public static AITool Tool() => AIFunctionFactory.Create(SendEmail);
            }
            [AiSystem("overseen-by-a-piece")]
            public static class OverseenByAPiece
            {
                public static string SendEmail(string to) => to;
                public static AITool Tool() => AIFunctionFactory.Create(SendEmail);
            }
            [PartOfAiSystem("overseen-by-a-piece")]
            [HumanOversight(OversightMode.HumanOnTheLoop)]
            public static class ReviewQueue { }
            [AiSystem("nouns")]
            public static class Nouns
            {
                public static string OrderHistory(string id) => id;
                public static string StoreHours(string id) => id;
                public static IList<AITool> Tools() => [AIFunctionFactory.Create(OrderHistory), AIFunctionFactory.Create(StoreHours)];
            }
            """).RunAsync();

    [Fact]
    public Task An_approval_step_the_code_builds_apart_from_the_tool_is_not_seen() =>
        Create("AIMS025").WithSource("""
            using Aims;
            using Microsoft.Extensions.AI;
            [AiSystem("helpdesk")]
            public static class Helpdesk
            {
                public static string SendEmail(string to) => to;

                public static AITool Tool()
                {
                    var send = {|AIMS025:AIFunctionFactory.Create(SendEmail)|};
                    return new ApprovalRequiredAIFunction(send);
                }
            }
            """).RunAsync();

    [Fact]
    public async Task The_oversight_message_says_why_the_tool_acts()
    {
        var diagnostics = await Create("AIMS025").WithSource("""
            using Aims;
            using Microsoft.Extensions.AI;
            [AiSystem("helpdesk")]
            public static class Helpdesk
            {
                public static string SendEmail(string to) => to;
                public static AITool Tool() => {|AIMS025:AIFunctionFactory.Create(SendEmail)|};
            }
            """).RunAsync();

        Assert.Equal(
            "AI system 'helpdesk' hands a model tool 'SendEmail' that acts (its name begins with 'send'), but declares no [HumanOversight] and the tool waits for no approval",
            Assert.Single(diagnostics).GetMessage());
    }

    [Fact]
    public Task Semantic_Kernel_plugins_hand_over_their_kernel_functions_and_functions_made_from_methods() =>
        Create("AIMS024", "AIMS025").WithSource("""
            using Aims;
            using Microsoft.SemanticKernel;
            public sealed class MailPlugin
            {
                [KernelFunction] public string SendMail(string to) => to;
                [KernelFunction("list_inbox")] public string Inbox() => "";
                public string NotAFunction() => "";
            }
            public sealed class Arithmetic
            {
                public int Add(int a, int b) => a + b;
            }
            [AiSystem("mail-assistant")]
            public static class MailAssistant
            {
                public static string ArchiveThread(string id) => id;

                public static Kernel Build()
                {
                    var kernel = Kernel.CreateBuilder().Build();
                    {|AIMS025:kernel.Plugins.AddFromType<MailPlugin>()|};
                    kernel.Plugins.AddFromObject(new Arithmetic());
                    kernel.ImportPluginFromFunctions("archive", [{|AIMS025:KernelFunctionFactory.CreateFromMethod(ArchiveThread)|}]);
                    return kernel;
                }
            }
            public static class Unowned
            {
                public static KernelPlugin Make() => {|AIMS024:KernelPluginFactory.CreateFromType<MailPlugin>()|};
            }
            """).RunAsync();

    [Fact]
    public async Task A_plugin_whose_type_the_code_does_not_show_is_one_tool_of_unknown_name_and_an_override_is_one_function()
    {
        var test = Create("AIMS024", "AIMS025", "AIMS026");
        test.GlobalOptions["aims.inventory"] = "true";
        var diagnostics = await test.WithSource("""
            using Aims;
            using Microsoft.SemanticKernel;
            public class BasePlugin { [KernelFunction] public virtual string SendMail(string to) => to; }
            public sealed class DerivedPlugin : BasePlugin { [KernelFunction] public override string SendMail(string to) => to + "!"; }
            [AiSystem("mail")]
            public static class Mail
            {
                public static void Add<T>(Kernel kernel) => kernel.Plugins.AddFromType<T>();
                public static void AddObject(Kernel kernel, object plugin) => kernel.ImportPluginFromObject(plugin);
                public static void AddDerived(Kernel kernel) => kernel.Plugins.AddFromType<DerivedPlugin>();
            }
            """).RunForAnyDiagnosticsAsync();

        var records = diagnostics.Where(d => d.Id == "AIMS026").OrderBy(d => d.Location.SourceSpan.Start).ToList();
        Assert.Equal(
            ["-|Unknown|Mail.Add", "-|Unknown|Mail.AddObject", "SendMail|Acting|Mail.AddDerived"],
            records.Select(r => $"{r.Properties.GetValueOrDefault("toolName") ?? "-"}|{r.Properties["effect"]}|{r.Properties["callingMember"]}"));
        Assert.Equal("'Mail.Add' hands the tools of a plugin whose type the code does not show to a model (KernelExtensions.AddFromType): what it does is not known; covered by AI system 'mail'", records[0].GetMessage());
        Assert.Single(diagnostics, d => d.Id == "AIMS025");
    }

    [Fact]
    public Task MCP_server_tools_are_tools_where_declared_and_their_annotations_outrank_their_names() =>
        Create("AIMS024", "AIMS025").WithSource("""
            using System.ComponentModel;
            using Aims;
            using ModelContextProtocol.Server;
            [McpServerToolType]
            public static class FileTools
            {
                [McpServerTool, Description("Reads a file.")]
                public static string {|AIMS024:ReadFile|}(string path) => path;
            }
            [AiSystem("files-mcp")]
            [McpServerToolType]
            public static class CoveredTools
            {
                [McpServerTool(ReadOnly = true)]
                public static string DeleteDryRun(string path) => path;

                [McpServerTool(Destructive = true)]
                public static string {|AIMS025:Tidy|}(string path) => path;

                [McpServerTool(Name = "send_report")]
                public static string {|AIMS025:Report|}(string path) => path;

                public static string NotATool(string path) => path;
            }
            """).RunAsync();

    [Fact]
    public Task Tools_an_MCP_client_lists_and_hosted_tools_are_handed_over_and_an_approval_mode_is_an_approval_step() =>
        Create("AIMS024", "AIMS025").WithSource("""
            using System.Threading.Tasks;
            using Aims;
            using Microsoft.Extensions.AI;
            using ModelContextProtocol.Client;
            public static class Unowned
            {
                public static async Task<object> ToolsAsync(McpClient client) => await {|AIMS024:client.ListToolsAsync()|};
            }
            [AiSystem("ops-agent")]
            public static class Ops
            {
                public static AITool Remote() => new HostedMcpServerTool("ops", "https://mcp.example.com") { ApprovalMode = HostedMcpServerToolApprovalMode.AlwaysRequire };
            }
            """).RunAsync();

    [Fact]
    public Task OpenAI_tools_are_named_by_their_function_name_and_computer_use_acts() =>
        Create("AIMS025").WithSource("""
            using System;
            using Aims;
            using OpenAI.Chat;
            using OpenAI.Responses;
            [AiSystem("billing")]
            public static class Billing
            {
                public static object[] Tools() =>
                [
                    {|AIMS025:ChatTool.CreateFunctionTool("send_invoice", "Sends an invoice")|},
                    ChatTool.CreateFunctionTool("get_invoice", "Reads an invoice"),
                    {|AIMS025:ResponseTool.CreateComputerTool(ComputerToolEnvironment.Browser, 1024, 768)|},
                    ResponseTool.CreateWebSearchTool(),
                ];
            }
            """).RunAsync();

    [Fact]
    public Task Using_calling_and_wrapping_tools_and_look_alike_types_hand_nothing_over() =>
        Create("AIMS024", "AIMS025").WithSource("""
            using System.Threading.Tasks;
            using Microsoft.Extensions.AI;
            using ModelContextProtocol.Client;
            using ModelContextProtocol.Server;
            namespace LookAlike
            {
                public static class AIFunctionFactory { public static object Create(System.Delegate method) => method; }
                public sealed class HostedWebSearchTool { }
            }
            public static class Uses
            {
                public static async Task UseAsync(AIFunction function, McpClient client, IChatClient chat)
                {
                    _ = await function.InvokeAsync(new AIFunctionArguments());
                    _ = new ApprovalRequiredAIFunction(function);
                    _ = McpServerTool.Create(function);
                    _ = await client.CallToolAsync("get_weather");
                    _ = new ChatOptions { Tools = [function] };
                    _ = LookAlike.AIFunctionFactory.Create(() => 1);
                    _ = new LookAlike.HostedWebSearchTool();
                }
            }
            """).RunAsync();

    [Fact]
    public async Task In_a_build_each_tool_is_recorded_with_its_system_effect_and_approval()
    {
        var test = Create("AIMS026");
        test.GlobalOptions["aims.inventory"] = "true";
        var diagnostics = await test.WithSource("""
            using System.Collections.Generic;
            using Aims;
            using Microsoft.Extensions.AI;
            using Microsoft.SemanticKernel;
            public sealed class MailPlugin
            {
                [KernelFunction] public string SendMail(string to) => to;
                [KernelFunction("list_inbox")] public string Inbox() => "";
            }
            [AiSystem("helpdesk")]
            public static class Helpdesk
            {
                public static string SendEmail(string to) => to;

                public static IList<AITool> Tools() =>
                [
                    new ApprovalRequiredAIFunction(AIFunctionFactory.Create(SendEmail)),
                    new HostedWebSearchTool(),
                    new HostedMcpServerTool("ops", "https://mcp.example.com") { ApprovalMode = HostedMcpServerToolApprovalMode.AlwaysRequire },
                ];
            }
            public static class Unowned
            {
                public static void Add(Kernel kernel) => kernel.Plugins.AddFromType<MailPlugin>();
            }
            """).RunForAnyDiagnosticsAsync();

        var records = diagnostics.Where(d => d.Id == "AIMS026").OrderBy(d => d.Location.SourceSpan.Start).ThenBy(d => d.Properties.GetValueOrDefault("toolName"), StringComparer.Ordinal).ToList();
        Assert.Equal(
            ["SendEmail|Function|Acting|its name begins with 'send'|true|helpdesk|AIFunctionFactory.Create|Helpdesk.SendEmail",
             "-|Hosted|ReadOnly|the provider searches the web|false|helpdesk|new HostedWebSearchTool|-",
             "ops|Hosted|Unknown|-|true|helpdesk|new HostedMcpServerTool|-",
             "SendMail|Function|Acting|its name begins with 'send'|false|-|KernelExtensions.AddFromType|MailPlugin.SendMail",
             "list_inbox|Function|ReadOnly|its name begins with 'list'|false|-|KernelExtensions.AddFromType|MailPlugin.Inbox"],
            records.Select(r => string.Join("|", new[] { "toolName", "toolKind", "effect", "effectBasis", "approvalRequired", "system", "handedBy", "implementation" }
                .Select(key => r.Properties.GetValueOrDefault(key) ?? "-"))));
        Assert.Equal(
            "'Helpdesk.Tools' hands tool 'SendEmail' to a model (AIFunctionFactory.Create): it acts (its name begins with 'send'); covered by AI system 'helpdesk'",
            records[0].GetMessage());
    }

    [Fact]
    public async Task A_tool_made_inside_a_member_that_is_a_model_call_of_its_own_is_part_of_that_call()
    {
        var test = Create("AIMS024", "AIMS025", "AIMS026");
        test.GlobalOptions["aims.inventory"] = "true";
        var diagnostics = await test.WithSource("""
            using System.Threading.Tasks;
            using Aims;
            using Microsoft.Extensions.AI;
            public sealed class Gateway(IChatClient chat)
            {
                public static string SendEmail(string to) => to;

                [AiModelCall]
                public Task<ChatResponse> AskAsync(string q) => chat.GetResponseAsync(q, new ChatOptions { Tools = [AIFunctionFactory.Create(SendEmail)] });
            }
            """).RunAsync();

        Assert.Empty(diagnostics);
    }

    [Fact]
    public Task Outside_builds_nothing_is_recorded() =>
        Create("AIMS026").WithSource("""
            using Microsoft.Extensions.AI;
            public static class Tools { public static AITool Make() => new HostedWebSearchTool(); }
            """).RunAsync();
}
