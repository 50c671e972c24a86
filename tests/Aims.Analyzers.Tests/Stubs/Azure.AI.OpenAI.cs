// STUB, not the real package: mirrors OpenAIClient of Azure.AI.OpenAI 1.0.0-beta.12 (its public API listing) and the
// Azure.Core credentials it takes.
// The beta does not restore here, and 2.x hands out the OpenAI clients that the real OpenAI package tests cover.
#nullable enable
using System.Threading;
using System.Threading.Tasks;

namespace Azure
{
    public class Response<T> { public T Value { get; } = default!; }
    public sealed class AzureKeyCredential { public AzureKeyCredential(string key) { } }
    public sealed class AzureNamedKeyCredential { public AzureNamedKeyCredential(string name, string key) { } }
}

namespace Azure.AI.OpenAI
{
    public sealed class ChatCompletionsOptions { public string? DeploymentName { get; set; } }
    public sealed class ChatCompletions { }
    public sealed class EmbeddingsOptions { }
    public sealed class Embeddings { }

    public class OpenAIClient
    {
        public OpenAIClient(System.Uri endpoint, Azure.AzureKeyCredential keyCredential) { }
        public OpenAIClient(string openAIApiKey) { }
        public virtual Task<Response<ChatCompletions>> GetChatCompletionsAsync(ChatCompletionsOptions chatCompletionsOptions, CancellationToken cancellationToken = default) => throw null!;
        public virtual Response<Embeddings> GetEmbeddings(EmbeddingsOptions embeddingsOptions, CancellationToken cancellationToken = default) => throw null!;
    }
}
