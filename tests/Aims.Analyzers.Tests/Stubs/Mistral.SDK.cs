// STUB, not the real package: mirrors MistralClient and its Completions and Embeddings endpoints of Mistral.SDK
// (tghamm/Mistral.SDK) by name and shape. No version of the package restores here.
#nullable enable
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace Mistral.SDK.DTOs
{
    public sealed class ChatCompletionRequest
    {
        public ChatCompletionRequest(string model, List<string> messages) { }
    }

    public sealed class ChatCompletionResponse { }
    public sealed class EmbeddingRequest { public EmbeddingRequest(string model, List<string> input) { } }
    public sealed class EmbeddingResponse { }
}

namespace Mistral.SDK.Completions
{
    using Mistral.SDK.DTOs;

    public class CompletionsEndpoint
    {
        public Task<ChatCompletionResponse> GetCompletionAsync(ChatCompletionRequest request, CancellationToken cancellationToken = default) => throw null!;
        public IAsyncEnumerable<ChatCompletionResponse> StreamCompletionAsync(ChatCompletionRequest request, CancellationToken cancellationToken = default) => throw null!;
    }
}

namespace Mistral.SDK.Embeddings
{
    using Mistral.SDK.DTOs;

    public class EmbeddingsEndpoint
    {
        public Task<EmbeddingResponse> GetEmbeddingsAsync(EmbeddingRequest request, CancellationToken cancellationToken = default) => throw null!;
    }
}

namespace Mistral.SDK
{
    public sealed class MistralClient
    {
        public MistralClient(string? apiKey = null) { }
        public Completions.CompletionsEndpoint Completions { get; } = new();
        public Embeddings.EmbeddingsEndpoint Embeddings { get; } = new();
    }
}
