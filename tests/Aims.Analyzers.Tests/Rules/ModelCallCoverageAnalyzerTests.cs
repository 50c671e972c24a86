using Aims.Analyzers.Tests.Harness;
using Xunit;
using Test = Aims.Analyzers.Tests.Harness.AnalyzerTest<Aims.Analyzers.Rules.ModelCallCoverageAnalyzer>;

namespace Aims.Analyzers.Tests.Rules;

/// <summary>AIMS012 (generative system serving people without disclosure) and AIMS016 (a declaration that covers nothing).</summary>
public sealed class ModelCallCoverageAnalyzerTests
{
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
