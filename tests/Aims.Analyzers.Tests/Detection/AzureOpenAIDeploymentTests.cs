using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Xunit;
using Test = Aims.Analyzers.Tests.Harness.AnalyzerTest<Aims.Analyzers.Rules.ModelCallCoverageAnalyzer>;

namespace Aims.Analyzers.Tests.Detection;

/// <summary>
/// Azure.AI.OpenAI 2.x hands out the OpenAI SDK's clients for a deployment: where the code shows that a client came from
/// an AzureOpenAIClient, its calls go to Azure OpenAI, not to OpenAI. Compiled against the real Azure.AI.OpenAI 2.1.0.
/// </summary>
public sealed class AzureOpenAIDeploymentTests
{
    private static readonly ImmutableArray<MetadataReference> WithAzureOpenAI = Harness.TestReferences.Default.AddRange(
        new[] { typeof(Azure.AI.OpenAI.AzureOpenAIClient).Assembly, typeof(Azure.AzureKeyCredential).Assembly }
            .Select(assembly => (MetadataReference)MetadataReference.CreateFromFile(assembly.Location)));

    [Fact]
    public async Task Clients_of_an_AzureOpenAIClient_call_Azure_OpenAI_and_others_OpenAI()
    {
        var diagnostics = await new Test { References = WithAzureOpenAI }.WithSource("""
            using System;
            using System.Threading.Tasks;
            using Azure;
            using Azure.AI.OpenAI;
            using OpenAI.Chat;
            using OpenAI.Embeddings;
            public sealed class Assistant(ChatClient injected)
            {
                public async Task RunAsync()
                {
                    var azure = new AzureOpenAIClient(new Uri("https://contoso.openai.azure.com/"), new AzureKeyCredential(Environment.GetEnvironmentVariable("AZURE_OPENAI_API_KEY")!));
                    ChatClient chat = azure.GetChatClient("support-gpt4o");
                    _ = await {|AIMS001:chat.CompleteChatAsync("hi")|};
                    _ = await {|AIMS001:azure.GetEmbeddingClient("embeddings").GenerateEmbeddingAsync("text")|};
                    _ = await {|AIMS001:injected.CompleteChatAsync("hi")|};
                }
            }
            """).RunAsync();

        var messages = diagnostics.OrderBy(d => d.Location.SourceSpan.Start).Select(d => d.GetMessage()).ToList();
        Assert.Contains("(Azure OpenAI)", messages[0], StringComparison.Ordinal);
        Assert.Contains("(Azure OpenAI)", messages[1], StringComparison.Ordinal);
        Assert.Contains("(OpenAI)", messages[2], StringComparison.Ordinal);
    }
}
