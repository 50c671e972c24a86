// STUB, not the real package: mirrors the inference and embedding clients of tryAGI's HuggingFace SDK and the older
// HuggingFaceClient/HuggingFaceApi by name and shape. No version of the package restores here.
#nullable enable
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace HuggingFace
{
    public sealed class GenerateTextRequest { public string Inputs { get; set; } = ""; }
    public sealed class GenerateTextResponse { }

    public interface IHuggingFaceInferenceClient
    {
        Task<object> ChatCompletionsAsync(object request, CancellationToken cancellationToken = default);
        IAsyncEnumerable<object> ChatCompletionsAsStreamAsync(object request, CancellationToken cancellationToken = default);
        Task<object> ChatCompletionsAsResponseAsync(object request, CancellationToken cancellationToken = default);
        Task<object> CompletionsAsync(object request, CancellationToken cancellationToken = default);
        IAsyncEnumerable<object> CompletionsAsStreamAsync(object request, CancellationToken cancellationToken = default);
        Task<object> GenerateAsync(string inputs, CancellationToken cancellationToken = default);
        IAsyncEnumerable<object> GenerateStreamAsync(string inputs, CancellationToken cancellationToken = default);
        Task<object> CompatGenerateAsync(string inputs, CancellationToken cancellationToken = default);
        IAsyncEnumerable<object> CompatGenerateAsStreamAsync(string inputs, CancellationToken cancellationToken = default);
    }

    public interface IHuggingFaceEmbeddingClient
    {
        Task<object> EmbedAsync(string inputs, CancellationToken cancellationToken = default);
        Task<object> EmbedAllAsync(string inputs, CancellationToken cancellationToken = default);
        Task<object> EmbedSparseAsync(string inputs, CancellationToken cancellationToken = default);
        Task<object> OpenaiEmbedAsync(string inputs, CancellationToken cancellationToken = default);
        Task<object> RerankAsync(string query, IList<string> texts, CancellationToken cancellationToken = default);
        Task<object> SimilarityAsync(string source, IList<string> sentences, CancellationToken cancellationToken = default);
        Task<object> PredictAsync(string inputs, CancellationToken cancellationToken = default);
    }

    public sealed class HuggingFaceClient
    {
        public HuggingFaceClient(string? apiKey = null) { }
        public Task<IList<GenerateTextResponse>> GenerateTextAsync(string model, GenerateTextRequest request, CancellationToken cancellationToken = default) => throw null!;
    }

    public sealed class HuggingFaceApi
    {
        public Task<IList<GenerateTextResponse>> GenerateTextAsync(string model, GenerateTextRequest request, CancellationToken cancellationToken = default) => throw null!;
    }
}
