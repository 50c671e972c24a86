using Aims.Analyzers.CodeFixes;
using Aims.Analyzers.Rules;
using Aims.Analyzers.Tests.Harness;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Xunit;

namespace Aims.Analyzers.Tests.CodeFixes;

/// <summary>AIMS001 fixes: declare a system on the calling type, or add the type to a declared system; fix-all adds one per type.</summary>
public sealed class DeclareAiSystemCodeFixTests
{
    private static CodeFixTest Test(params (string Path, string Source)[] sources) =>
        new CodeFixTest(new DeclareAiSystemCodeFixProvider(), new ModelCallCoverageAnalyzer()).WithSources(sources);

    private static async Task<string> TextAsync(Solution solution, string path) =>
        (await solution.Projects.Single().Documents.Single(d => d.Name == path).GetTextAsync()).ToString();

    [Fact]
    public async Task Declaration_is_added_below_the_doc_comment_with_placeholders_and_a_using()
    {
        var test = Test(("TicketRouter.cs", """
            using System.Threading.Tasks;
            using Microsoft.Extensions.AI;

            namespace Support;

            /// <summary>Routes tickets.</summary>
            [System.Obsolete("Use v2")]
            public sealed class TicketRouter(IChatClient chat)
            {
                // Ask the model for a queue.
                public Task<ChatResponse> RouteAsync(string t) => chat.GetResponseAsync(t);
            }
            """));

        var fixedSolution = await test.ApplyAsync(DeclareAiSystemCodeFixProvider.DeclareKey);

        Assert.Equal("""
            using System.Threading.Tasks;
            using Aims;
            using Microsoft.Extensions.AI;

            namespace Support;

            /// <summary>Routes tickets.</summary>
            [System.Obsolete("Use v2")]
            [AiSystem("ticket-router", Name = "<name>", Purpose = "<purpose>", Owner = "<owner>", Risk = AiRiskLevel.Unassessed)]
            public sealed class TicketRouter(IChatClient chat)
            {
                // Ask the model for a queue.
                public Task<ChatResponse> RouteAsync(string t) => chat.GetResponseAsync(t);
            }
            """, await TextAsync(fixedSolution, "TicketRouter.cs"));
    }

    [Fact]
    public async Task An_undeclared_tool_is_fixed_by_the_same_declaration_on_the_type_that_hands_it_over()
    {
        var test = new CodeFixTest(new DeclareAiSystemCodeFixProvider(), new ToolExposureAnalyzer()).WithSources(("Tools.cs", """
            using Microsoft.Extensions.AI;

            namespace Support;

            public static class OrderTools
            {
                public static string GetOrder(string id) => id;
                public static AITool Make() => AIFunctionFactory.Create(GetOrder);
            }
            """));

        var fixedSolution = await test.ApplyAsync(DeclareAiSystemCodeFixProvider.DeclareKey);

        Assert.Contains("""
            [AiSystem("order-tools", Name = "<name>", Purpose = "<purpose>", Owner = "<owner>", Risk = AiRiskLevel.Unassessed)]
            public static class OrderTools
            """, await TextAsync(fixedSolution, "Tools.cs"), StringComparison.Ordinal);
        Assert.Empty(await test.DiagnosticsAsync(fixedSolution.Projects.Single()));
    }

    [Fact]
    public async Task Fixed_code_compiles_has_no_AIMS001_and_AIMS017_keeps_the_placeholders_visible()
    {
        var test = Test(("Bot.cs", """
            using Microsoft.Extensions.AI;
            namespace Support
            {
                internal class Bot(IChatClient chat)
                {
                    public object Ask() => chat.GetResponseAsync("hi");
                }
            }
            """));
        var fixedProject = (await test.ApplyAsync(DeclareAiSystemCodeFixProvider.DeclareKey)).Projects.Single();

        var compilation = (await fixedProject.GetCompilationAsync())!;
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        Assert.Empty(await test.DiagnosticsAsync(fixedProject));
        var placeholders = await test.DiagnosticsAsync(fixedProject, new GovernanceValueAnalyzer());
        Assert.Equal(3, placeholders.Count(d => d.Id == "AIMS017"));
        Assert.Contains("using Aims;", await TextAsync(fixedProject.Solution, "Bot.cs"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Offers_declared_systems_nearest_first_and_adds_the_type_to_one()
    {
        var test = Test(
            ("Far.cs", """
                using Aims;
                [AiSystem("far-away")] public sealed class Far { }
                """),
            ("Drafter.cs", """
                using Aims;
                using Microsoft.Extensions.AI;

                [AiSystem("support-assistant")] public sealed class ReplyDrafter { }

                public sealed class Summariser(IChatClient chat)
                {
                    public object Summarise(string t) => chat.GetResponseAsync(t);
                }
                """));

        Assert.Equal(
            ["Declare an AI system on 'Summariser'", "Add to AI system 'support-assistant'", "Add to AI system 'far-away'"],
            await test.TitlesAsync());

        var fixedText = await TextAsync(await test.ApplyAsync(DeclareAiSystemCodeFixProvider.AddToKeyPrefix + "support-assistant"), "Drafter.cs");
        Assert.Contains("""
            [PartOfAiSystem("support-assistant")]
            public sealed class Summariser(IChatClient chat)
            """, fixedText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fix_all_in_the_project_adds_one_declaration_per_type_with_unique_ids()
    {
        var test = Test(
            ("Existing.cs", """
                using Aims;
                [AiSystem("alpha")] public sealed class Declared { }
                """),
            ("Alpha.cs", """
                using Microsoft.Extensions.AI;
                namespace One;
                public sealed class Alpha(IChatClient chat)
                {
                    public object A() => chat.GetResponseAsync("a");
                    public object B() => chat.GetResponseAsync("b");
                }
                """),
            ("Beta.cs", """
                using Microsoft.Extensions.AI;
                namespace Two;
                public sealed class Beta(IChatClient chat)
                {
                    public object A() => chat.GetResponseAsync("a");
                }
                """));

        var fixedSolution = await test.FixAllAsync(DeclareAiSystemCodeFixProvider.DeclareKey, FixAllScope.Project);
        var alpha = await TextAsync(fixedSolution, "Alpha.cs");
        var beta = await TextAsync(fixedSolution, "Beta.cs");
        Assert.Equal(1, CountOf(alpha, "[AiSystem("));
        Assert.Contains("[AiSystem(\"alpha-2\"", alpha, StringComparison.Ordinal);
        Assert.Contains("[AiSystem(\"beta\"", beta, StringComparison.Ordinal);
        Assert.Empty(await test.DiagnosticsAsync(fixedSolution.Projects.Single()));
    }

    [Theory]
    [InlineData(FixAllScope.Project)]
    [InlineData(FixAllScope.Solution)]
    public async Task Fix_all_gives_same_named_types_in_different_files_different_ids(FixAllScope scope)
    {
        var test = Test(
            ("One.cs", """
                using Microsoft.Extensions.AI;
                namespace One;
                public sealed class Router(IChatClient chat) { public object A() => chat.GetResponseAsync("a"); }
                """),
            ("Two.cs", """
                using Microsoft.Extensions.AI;
                namespace Two;
                public sealed class Router(IChatClient chat) { public object A() => chat.GetResponseAsync("a"); }
                """));

        var fixedSolution = await test.FixAllAsync(DeclareAiSystemCodeFixProvider.DeclareKey, scope);
        Assert.Contains("[AiSystem(\"router\"", await TextAsync(fixedSolution, "One.cs"), StringComparison.Ordinal);
        Assert.Contains("[AiSystem(\"router-2\"", await TextAsync(fixedSolution, "Two.cs"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unbound_calls_get_the_same_fixes_and_are_covered_after_them()
    {
        var test = Test(
            ("Declared.cs", """
                using Aims;
                [AiSystem("support-assistant")] public sealed class ReplyDrafter { }
                """),
            ("Legacy.cs", """
                using Microsoft.Extensions.AI;
                using OpenAI.FineTuning;
                using OpenAI.Responses;
                namespace Legacy;
                public sealed class Answers(ResponsesClient client)
                {
                    public object Stream() => client.CreateResponseStreaming("gpt-4.1-2025-04-14", "hi");
                }
                public sealed class Index(IEmbeddingGenerator<string, Embedding<float>> generator, FineTuningClient tuning)
                {
                    public object Add(string text) => generator.GenerateEmbeddingVectorAsync(text);
                    public object Train() => tuning.CreateFineTuningJob("gpt-4o-mini-2024-07-18", "file-abc");
                }
                """));

        Assert.Equal(["AIMS001", "AIMS001", "AIMS020"], (await test.DiagnosticsAsync(test.Solution.Projects.Single())).Select(d => d.Id));
        Assert.Equal(["Declare an AI system on 'Answers'", "Add to AI system 'support-assistant'"], await test.TitlesAsync());

        var declared = await test.ApplyAsync(DeclareAiSystemCodeFixProvider.DeclareKey);
        Assert.Contains("""
            [AiSystem("answers", Name = "<name>", Purpose = "<purpose>", Owner = "<owner>", Risk = AiRiskLevel.Unassessed)]
            public sealed class Answers(ResponsesClient client)
            """, await TextAsync(declared, "Legacy.cs"), StringComparison.Ordinal);

        var fixedSolution = await test.FixAllAsync(DeclareAiSystemCodeFixProvider.AddToKeyPrefix + "support-assistant", FixAllScope.Document);
        Assert.Equal(2, CountOf(await TextAsync(fixedSolution, "Legacy.cs"), "[PartOfAiSystem(\"support-assistant\")]"));
        Assert.Empty(await test.DiagnosticsAsync(fixedSolution.Projects.Single()));
    }

    [Theory]
    [InlineData("ReplyDrafter", "reply-drafter")]
    [InlineData("HTTPGateway", "http-gateway")]
    [InlineData("Gpt4Service", "gpt4-service")]
    [InlineData("_internalBot", "internal-bot")]
    [InlineData("Ünïcode", "ai-system")]
    public void Ids_are_the_type_name_in_kebab_case(string typeName, string id) =>
        Assert.Equal(id, AiSystemIds.KebabCase(typeName));

    private static int CountOf(string text, string value) => (text.Length - text.Replace(value, "", StringComparison.Ordinal).Length) / value.Length;
}
