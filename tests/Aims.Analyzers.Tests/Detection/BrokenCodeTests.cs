using Xunit;
using Verify = Aims.Analyzers.Tests.Harness.AnalyzerTest<Aims.Analyzers.Rules.ModelCallCoverageAnalyzer>;

namespace Aims.Analyzers.Tests.Detection;

/// <summary>Half-typed and broken code never makes the analyzer throw; what still binds is still reported.</summary>
public sealed class BrokenCodeTests
{
    public static TheoryData<string> BrokenSources => new()
    {
        "using OpenAI.Chat; class C { void M(ChatClient c) { c.CompleteChat( } }",
        "using OpenAI.Chat; class C { void M(ChatClient c) { c. } }",
        "using Microsoft.Extensions.AI; class C { async void M(IChatClient c) { await c.GetResponseAsync(1, 2, 3, 4, 5); } }",
        "using Microsoft.Extensions.AI; class C { void M(IChatClient c) { var x = c.GetResponseAsync; } }",
        "using System.Net.Http; class C { void M(HttpClient h) { h.PostAsync(\"https://api.openai.com/v1\", ); } }",
        "using System.Net.Http; class C { void M(HttpClient h) { h.SendAsync(new HttpRequestMessage(HttpMethod.Post, )); } }",
        "using System.Net.Http; class C { void M(HttpClient h) { var u = u; h.GetAsync(u); } }",
        "[Aims.AiSystem()] class C { void M(Microsoft.Extensions.AI.IChatClient c) => c.GetResponseAsync(\"x\"); }",
        "[Aims.AiModelCall] class C { }",
        "using Aims; class C { [AiModelCall] void M() { } void N() { M(; } }",
        "class C : Microsoft.Extensions.AI.IChatClient { }",
        "class C { void M() { new UnknownType().CompleteChat(\"x\"); } }",
        "using OpenAI.Chat; class C { ChatClient c; object o = c.CompleteChat(\"x\") }",
        "namespace Aims { class AiSystemAttribute { } } [Aims.AiSystem] class C { }",
        "using Microsoft.Extensions.AI; record R(IChatClient C) { object O => C.GetResponseAsync(",
        "using OpenAI.Chat; class C { void M(ChatClient client) { client. } }",
        "using OpenAI.Chat; class C { void M(ChatClient client) { client.Get( } }",
        "using OpenAI.Chat; class C { object M(ChatClient client) => client.CompleteChat; }",
        "using OpenAI.Responses; class C { void M(ResponsesClient c) { c.CreateResponseStreaming( } }",
        "using Microsoft.Extensions.AI; class C { void M(IChatClient c) { c.GetResponseAsync<>(\"x\"); } }",
        "using Microsoft.Extensions.AI; class C { void M(IChatClient c) { c.GetResponseAsync<Unknown, >(; } }",
        "using Microsoft.Extensions.AI; class C { void M(IEmbeddingGenerator<string, > g) { g.GenerateEmbeddingVectorAsync(\"x\" } }",
        "using Microsoft.Extensions.AI; class C { void M(IChatClient c) { c?.Summarize<List<>>( } }",
        "using Microsoft.Extensions.AI; class C { void M(IChatClient c) { c.(\"x\"); c..GetResponseAsync(\"x\"); } }",
        "using OpenAI.Chat; class C { object M(ChatClient c) => c.CompleteChat(\"x\").Value.Content[0].Text.Summarize(; }",
        "using Microsoft.Extensions.AI; class C { void M() { IChatClient.Summarize(); default(IChatClient).Summarize(); } }",
        "using Microsoft.Extensions.AI; class C<T> where T : IChatClient { void M(T c) { c.Summarize(); } }",
        "using Microsoft.Extensions.AI; class C<T, U> where T : U where U : T, IChatClient { void M(T c, U d) { c.Summarize(); d.Summarize(); } }",
        "global using OpenAI; class C { void M(dynamic d, OpenAI.Chat.ChatClient c) { c.Summarize(d); c.CompleteChat(d, ); } }",
        "using Microsoft.Extensions.AI; class C { void M(IChatClient c) { System.Linq.Expressions.Expression<System.Action> e = () => c.Summarize(); } }",
    };

    public static TheoryData<string> BrokenGovernanceSources => new()
    {
        "using Aims; [AiSystem(\"x\", Risk = AiRiskLevel.)] class C { }",
        "using Aims; [AiSystem(\"x\", Risk = (AiRiskLevel)\"High\")] class C { }",
        "using Aims; [PartOfAiSystem(] class C { }",
        "using Aims; [DataSource(\"d\", ContainsPersonalData = )] class C { }",
        "using Aims; [AiRisk(\"R-1\", \"d\", AiRiskTreatment.Mitigate, Controls = new[] { null, \"A.2.2\", 3 })] class C { }",
        "using Aims; [assembly: AiControlApplicability(null, false, Justification = null)] class C { }",
        "using Aims; [assembly: AiControlApplicability] [assembly: AiManagementSystem(PolicyUri = 5)]",
        "using Aims; [AiModel(\"OpenAI\")] [AiModel(null, null)] class C { }",
        "using Aims; [AiSystem(\"x\"), AiSystem(\"x\")] partial class C { } [AiSystem(\"x\")] partial class C { }",
        "using Aims; class C { [AiSystem(\"m\")] int P { [PartOfAiSystem(\"m\")] get => 1; } }",
        "using Aims; [AiEvaluation(\"m\", Threshold = double.NaN, Date = \"\")] [AiEventLogging(\"e\", RetentionDays = int.MinValue)] class C { }",
        "using OpenAI; class C { void M(OpenAIClient c) { c.GetChatClient(model: ); new System.ClientModel.ApiKeyCredential(); } }",
        "using Anthropic; class C { object M() => new AnthropicClient { ApiKey = , }; }",
    };

    public static TheoryData<string> BrokenToolSources => new()
    {
        "using Microsoft.Extensions.AI; class C { object M() => AIFunctionFactory.Create( ; }",
        "using Microsoft.Extensions.AI; class C { object M() => AIFunctionFactory.Create(Missing, name: ); }",
        "using Microsoft.Extensions.AI; class C { object M() => AIFunctionFactory.Create(typeof(C).GetMethod(), null); }",
        "using Microsoft.Extensions.AI; class C { object M() => new ApprovalRequiredAIFunction(AIFunctionFactory.Create(() => ); }",
        "using Microsoft.Extensions.AI; class C { object M() => new HostedMcpServerTool(\"x\", ) { ApprovalMode = }; }",
        "using Microsoft.Extensions.AI; class T : AIFunction { } class C { object M() => new T(; }",
        "using Microsoft.Extensions.AI; abstract class T : AITool { } class C { object M() => new T(); }",
        "using Microsoft.SemanticKernel; class C { void M(Kernel k) { k.Plugins.AddFromType<>(); k.Plugins.AddFromType<Missing>(); k.ImportPluginFromObject(); } }",
        "using Microsoft.SemanticKernel; class P { [KernelFunction(] void F() { } } class C { void M(Kernel k) => k.Plugins.AddFromType<P>(); }",
        "using Microsoft.SemanticKernel; class C { void M() => KernelPluginFactory.CreateFromType(typeof()); }",
        "using ModelContextProtocol.Server; class C { [McpServerTool(Name = , Destructive = 1, ReadOnly = \"yes\")] void F() { } }",
        "using ModelContextProtocol.Server; class C { [McpServerTool] event System.Action E; [McpServerTool] C() { } }",
        "using OpenAI.Chat; class C { object M() => ChatTool.CreateFunctionTool(); }",
    };

    [Theory]
    [MemberData(nameof(BrokenToolSources))]
    public async Task Broken_tool_code_never_makes_the_tool_analyzer_throw(string source)
    {
        var test = new Harness.AnalyzerTest(new Aims.Analyzers.Rules.ToolExposureAnalyzer()) { AllowCompilationErrors = true, References = Harness.TestReferences.EverySdk };
        test.WithSource(source);
        test.GlobalOptions["aims.inventory"] = "true";
        await test.RunForAnyDiagnosticsAsync();
    }

    [Theory]
    [MemberData(nameof(BrokenSources))]
    [MemberData(nameof(BrokenGovernanceSources))]
    public async Task Broken_code_never_makes_any_analyzer_throw(string source)
    {
        // Which diagnostics broken code yields is not the point here: only that no analyzer throws (nor reports AD0001).
        var test = new Harness.AnalyzerTest(Harness.AnalyzerTest.AllAnalyzers.ToArray()) { AllowCompilationErrors = true };
        test.WithSource(source.Replace("{|", "{ |", StringComparison.Ordinal));
        test.GlobalOptions["aims.model_call_symbols"] = "T:C;M:C.M";
        await test.RunForAnyDiagnosticsAsync();
    }

    [Theory]
    [MemberData(nameof(BrokenSources))]
    [MemberData(nameof(BrokenGovernanceSources))]
    [MemberData(nameof(BrokenToolSources))]
    public async Task Broken_code_never_makes_the_policy_analyzer_throw_under_a_policy_with_every_section(string source)
    {
        var test = new Harness.AnalyzerTest(new Aims.Analyzers.Rules.PolicyAnalyzer()) { AllowCompilationErrors = true, References = Harness.TestReferences.EverySdk };
        test.WithSource(source.Replace("{|", "{ |", StringComparison.Ordinal));
        test.AdditionalFiles.Add(("/repo/ai-policy.json", """
            {
              "name": "Every section", "version": "1",
              "providers": { "allowed": ["Azure OpenAI"], "forbidden": ["OpenAI"] },
              "models": { "allowed": ["gpt-4o-*"], "requirePinned": true },
              "hosting": { "allowed": ["SelfHosted"], "endpoints": ["eu-*.openai.azure.com"] },
              "riskLevels": { "Unassessed": ["Owner", "AiModel"], "High": ["HumanOversight"] },
              "personalData": { "requireSupplierAgreement": true },
              "tools": { "allowed": ["get_*"], "allowedEffects": ["ReadOnly"] }
            }
            """, new() { [Aims.Analyzers.Rules.PolicyAnalyzer.PolicyMetadata] = "true" }));
        await test.RunForAnyDiagnosticsAsync();
    }

    [Fact]
    public Task A_complete_call_beside_a_broken_line_is_still_reported_and_so_is_the_broken_call()
    {
        var test = new Verify { AllowCompilationErrors = true };
        return test.WithSource("""
            using System.Threading.Tasks;
            using Microsoft.Extensions.AI;
            class C
            {
                Task<ChatResponse> A(IChatClient c) => {|AIMS001:c.GetResponseAsync("ok")|};
                void B(IChatClient c) { {|AIMS001:c.GetResponseAsync( |}}
            }
            """).RunAsync();
    }
}
