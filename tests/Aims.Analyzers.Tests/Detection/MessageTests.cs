using Microsoft.CodeAnalysis;
using Xunit;
using Verify = Aims.Analyzers.Tests.Harness.AnalyzerTest<Aims.Analyzers.Rules.ModelCallCoverageAnalyzer>;

namespace Aims.Analyzers.Tests.Detection;

/// <summary>The AIMS001 message names the caller, the called member and the SDK.</summary>
public sealed class MessageTests
{
    private static async Task<string> MessageOfAsync(string markup, OutputKind kind = OutputKind.DynamicallyLinkedLibrary, bool frameworkOnly = false)
    {
        var test = new Verify { OutputKind = kind };
        if (frameworkOnly)
        {
            test.References = Harness.TestReferences.FrameworkOnly;
        }

        var diagnostics = await test.WithSource(markup).RunAsync();
        return Assert.Single(diagnostics).GetMessage();
    }

    [Fact]
    public async Task Message_names_caller_callee_and_sdk_of_an_extension_call()
    {
        var message = await MessageOfAsync("""
            using System.Threading.Tasks;
            using Microsoft.Extensions.AI;
            public sealed class ReplyDrafter(IChatClient client)
            {
                public Task<ChatResponse> DraftAsync() => {|AIMS001:client.GetResponseAsync("hi")|};
            }
            """);
        Assert.Equal("'ReplyDrafter.DraftAsync' calls 'IChatClient.GetResponseAsync' (Microsoft.Extensions.AI) but no [AiSystem] or [PartOfAiSystem] covers it", message);
    }

    [Fact]
    public async Task Message_of_a_generic_interface_call_in_a_nested_type_property()
    {
        var message = await MessageOfAsync("""
            using System.Threading.Tasks;
            using Microsoft.Extensions.AI;
            public static class Outer
            {
                public sealed class Index(IEmbeddingGenerator<string, Embedding<float>> generator)
                {
                    public Task<GeneratedEmbeddings<Embedding<float>>> First => {|AIMS001:generator.GenerateAsync(new[] { "a" })|};
                }
            }
            """);
        Assert.Equal("'Outer.Index.First' calls 'IEmbeddingGenerator<TInput, TEmbedding>.GenerateAsync' (Microsoft.Extensions.AI) but no [AiSystem] or [PartOfAiSystem] covers it", message);
    }

    [Fact]
    public async Task Message_of_top_level_statements_and_raw_http_names_the_provider()
    {
        var message = await MessageOfAsync("""
            using System.Net.Http;
            var http = new HttpClient();
            _ = await {|AIMS001:http.PostAsync("https://api.anthropic.com/v1/messages", null)|};
            """, OutputKind.ConsoleApplication, frameworkOnly: true);
        Assert.Equal("'top-level statements' calls 'HttpClient.PostAsync' (HTTP to Anthropic) but no [AiSystem] or [PartOfAiSystem] covers it", message);
    }

    [Fact]
    public async Task Message_of_a_constructor_call()
    {
        var message = await MessageOfAsync("""
            public sealed class Classifier { [Aims.AiModelCall] public Classifier() { } }
            public sealed class Use { public Use() => _ = {|AIMS001:new Classifier()|}; }
            """);
        Assert.Equal("'Use.Use' calls 'new Classifier' ([AiModelCall]) but no [AiSystem] or [PartOfAiSystem] covers it", message);
    }
}
