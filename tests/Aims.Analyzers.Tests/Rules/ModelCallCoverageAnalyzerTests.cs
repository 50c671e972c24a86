using Aims.Analyzers.Tests.Harness;
using Xunit;
using Test = Aims.Analyzers.Tests.Harness.AnalyzerTest<Aims.Analyzers.Rules.ModelCallCoverageAnalyzer>;

namespace Aims.Analyzers.Tests.Rules;

/// <summary>
/// AIMS012 (generative system serving people without disclosure), AIMS016 (a declaration that covers nothing), and the
/// inventory records of every AI call (AIMS021) and of the end of the records (AIMS023), in builds only.
/// </summary>
public sealed class ModelCallCoverageAnalyzerTests
{
    private const string CoveredAndUncovered = """
        using System.Diagnostics.CodeAnalysis;
        using System.Threading.Tasks;
        using Aims;
        using Microsoft.Extensions.AI;
        [AiSystem("support-assistant")]
        public sealed class Assistant(IChatClient client)
        {
            public Task<ChatResponse> AskAsync(string q) => {|AIMS021:client.GetResponseAsync(q)|};
        }
        public sealed class Router(IChatClient client)
        {
        #pragma warning disable AIMS001, AIMS021
            public Task<ChatResponse> RouteAsync(string q) => {|AIMS021:client.GetResponseAsync(q)|};
        #pragma warning restore AIMS001, AIMS021
        }
        public sealed class Gateway(IChatClient client)
        {
            [AiModelCall]
            public Task<ChatResponse> AskAsync(string q) => client.GetResponseAsync(q);
        }
        """;

    [Fact]
    public async Task In_a_build_every_AI_call_is_recorded_with_its_system_and_a_suppression_never_removes_the_record()
    {
        var test = new Test { OnlyIds = new HashSet<string> { "AIMS021", "AIMS023" } };
        test.GlobalOptions["aims.inventory"] = "true";
        test.ExpectedDiagnosticsWithoutLocation.Add("AIMS023: AI inventory of 'TestProject' recorded: 2 AI calls");

        var diagnostics = await test.WithSource(CoveredAndUncovered).RunAsync();

        var records = diagnostics.Where(d => d.Id == "AIMS021").OrderBy(d => d.Location.SourceSpan.Start).ToList();
        Assert.Equal("support-assistant", records[0].Properties["system"]);
        Assert.False(records[1].Properties.ContainsKey("system"));
        Assert.All(records, record =>
        {
            Assert.Equal("IChatClient.GetResponseAsync", record.Properties["calledMember"]);
            Assert.Equal("Microsoft.Extensions.AI", record.Properties["sdk"]);
            Assert.Equal("Chat", record.Properties["kind"]);
            Assert.Equal("true", record.Properties["bound"]);
            Assert.False(record.IsSuppressed);
        });
        Assert.Equal("'Assistant.AskAsync' calls 'IChatClient.GetResponseAsync' (Microsoft.Extensions.AI): covered by AI system 'support-assistant'", records[0].GetMessage());
        Assert.Equal("2", Assert.Single(diagnostics, d => d.Id == "AIMS023").Properties["callSites"]);
    }

    [Fact]
    public async Task Outside_a_build_the_IDE_gets_no_record()
    {
        var diagnostics = await new Test().WithSource(CoveredAndUncovered.Replace("{|AIMS021:", "", StringComparison.Ordinal).Replace("|}", "", StringComparison.Ordinal)).RunForAnyDiagnosticsAsync();

        Assert.DoesNotContain(diagnostics, d => d.Id is "AIMS021" or "AIMS022" or "AIMS023");
    }

    private static Task VerifyAsync(params string[] sources) => Run(new Test(), sources);

    private static Task Run(Test test, params string[] sources)
    {
        test.OnlyIds = new HashSet<string> { "AIMS012", "AIMS016" };
        return test.WithSources(sources).RunAsync();
    }

    [Fact]
    public Task Chat_system_without_disclosure_is_reported_at_its_declaration() => VerifyAsync("""
        using System.Threading.Tasks;
        using Aims;
        using Microsoft.Extensions.AI;
        [{|AIMS012:AiSystem("support-assistant")|}]
        public sealed class Assistant(IChatClient client)
        {
            public Task<ChatResponse> AskAsync(string q) => client.GetResponseAsync(q);
        }
        """);

    [Fact]
    public Task Disclosure_on_a_piece_in_another_file_satisfies_the_system() => VerifyAsync(
        """
        using System.Threading.Tasks;
        using Aims;
        using Microsoft.Extensions.AI;
        [AiSystem("support-assistant")]
        public sealed class Assistant(IChatClient client)
        {
            public Task<ChatResponse> AskAsync(string q) => client.GetResponseAsync(q);
        }
        """,
        """
        using Aims;
        [PartOfAiSystem("support-assistant")]
        [AiDisclosure(AiDisclosureKind.ConversationalAgent, Text = "You are chatting with an AI assistant")]
        public sealed class ChatWidget { }
        """);

    [Fact]
    public Task Calls_covered_by_a_piece_make_the_declared_system_generative() => VerifyAsync(
        """
        using Aims;
        [{|AIMS012:AiSystem("image-studio")|}]
        public sealed class ImageStudio { }
        """,
        """
        using System.Threading.Tasks;
        using Aims;
        using OpenAI.Images;
        [PartOfAiSystem("image-studio")]
        public sealed class Renderer(ImageClient images)
        {
            public Task RenderAsync(string prompt) => images.GenerateImageAsync(prompt);
        }
        """);

    [Fact]
    public Task A_system_that_does_not_serve_people_or_only_embeds_needs_no_disclosure() => VerifyAsync("""
        using System.Threading.Tasks;
        using Aims;
        using Microsoft.Extensions.AI;
        using OpenAI.Moderations;
        [AiSystem("ticket-classifier", ServesPeopleDirectly = false)]
        public sealed class Classifier(IChatClient client)
        {
            public Task<ChatResponse> ClassifyAsync(string t) => client.GetResponseAsync(t);
        }
        [AiSystem("search-index")]
        public sealed class Indexer(IEmbeddingGenerator<string, Embedding<float>> embeddings, ModerationClient moderation)
        {
            public Task IndexAsync(string t) => embeddings.GenerateAsync(t);
            public Task CheckAsync(string t) => moderation.ClassifyTextAsync(t);
        }
        """);

    [Fact]
    public Task A_declaration_that_covers_no_call_and_has_no_pieces_is_stale() => VerifyAsync("""
        using Aims;
        [{|AIMS016:AiSystem("old-assistant")|}]
        public sealed class NothingHere { }

        [AiSystem("has-pieces")]
        public sealed class Declared { }
        [PartOfAiSystem("has-pieces")]
        public sealed class Piece { }
        """);

    [Fact]
    public Task Calls_to_an_in_house_model_call_keep_a_declaration_alive() => VerifyAsync("""
        using Aims;
        public sealed class Gateway { [AiModelCall] public string Score(string s) => s; }
        [AiSystem("scoring", ServesPeopleDirectly = false)]
        public sealed class Scoring(Gateway gateway)
        {
            public string Run() => gateway.Score("x");
        }
        """);

    [Fact]
    public Task A_piece_in_a_referenced_assembly_keeps_a_declaration_alive_and_may_disclose() => Run(
        new Test
        {
            References = TestReferences.Default.Add(TestReferences.CompileLibrary("Widgets", """
                using Aims;
                [PartOfAiSystem("support-assistant")]
                [AiDisclosure(AiDisclosureKind.ConversationalAgent, Text = "AI assistant")]
                public sealed class SharedWidget { }
                """)),
        },
        """
        using System.Threading.Tasks;
        using Aims;
        using Microsoft.Extensions.AI;
        [AiSystem("support-assistant")]
        public sealed class Assistant(IChatClient client)
        {
            public Task<ChatResponse> AskAsync(string q) => client.GetResponseAsync(q);
        }
        """);

    [Fact]
    public async Task Message_names_the_kinds_of_generative_calls()
    {
        var diagnostics = await Run2();
        Assert.Equal(
            "AI system 'studio' makes chat, image generation model calls and serves people, but declares no [AiDisclosure]",
            Assert.Single(diagnostics, d => d.Id == "AIMS012").GetMessage());

        static Task<System.Collections.Immutable.ImmutableArray<Microsoft.CodeAnalysis.Diagnostic>> Run2() => new Test { OnlyIds = new HashSet<string> { "AIMS012" } }.WithSource("""
            using System.Threading.Tasks;
            using Aims;
            using Microsoft.Extensions.AI;
            using OpenAI.Images;
            [{|AIMS012:AiSystem("studio")|}]
            public sealed class Studio(IChatClient chat, ImageClient images)
            {
                public Task A(string p) => chat.GetResponseAsync(p);
                public Task B(string p) => images.GenerateImageAsync(p);
            }
            """).RunAsync();
    }
}
