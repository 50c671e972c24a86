// STUB, not the real package: mirrors IOllamaApiClient, OllamaApiClient (which also implements IChatClient explicitly)
// and Chat of OllamaSharp 5.4 (awaescher/OllamaSharp sources). The real package does not restore here.
#nullable enable
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.AI;

namespace OllamaSharp.Models
{
    public sealed class GenerateRequest { public string? Prompt { get; set; } }
    public sealed class GenerateResponseStream { public string? Response { get; set; } }
    public sealed class EmbedRequest { }
    public sealed class EmbedResponse { }
    public sealed class Model { }
}

namespace OllamaSharp
{
    using OllamaSharp.Models;

    public interface IOllamaApiClient
    {
        string SelectedModel { get; set; }
        IAsyncEnumerable<GenerateResponseStream?> GenerateAsync(GenerateRequest request, CancellationToken cancellationToken = default);
        Task<EmbedResponse> EmbedAsync(EmbedRequest request, CancellationToken cancellationToken = default);
        Task<IEnumerable<Model>> ListLocalModelsAsync(CancellationToken cancellationToken = default);
    }

    public class OllamaApiClient : IOllamaApiClient, IChatClient
    {
        public OllamaApiClient(System.Uri uri, string defaultModel = "") { }
        public string SelectedModel { get; set; } = "";
        public IAsyncEnumerable<GenerateResponseStream?> GenerateAsync(GenerateRequest request, CancellationToken cancellationToken = default) => throw null!;
        public Task<EmbedResponse> EmbedAsync(EmbedRequest request, CancellationToken cancellationToken = default) => throw null!;
        public Task<IEnumerable<Model>> ListLocalModelsAsync(CancellationToken cancellationToken = default) => throw null!;
        Task<ChatResponse> IChatClient.GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options, CancellationToken cancellationToken) => throw null!;
        IAsyncEnumerable<ChatResponseUpdate> IChatClient.GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options, CancellationToken cancellationToken) => throw null!;
        object? IChatClient.GetService(System.Type serviceType, object? serviceKey) => null;
        void System.IDisposable.Dispose() { }
    }

    public class Chat
    {
        public Chat(IOllamaApiClient client) { }
        public IAsyncEnumerable<string> SendAsync(string message, CancellationToken cancellationToken = default) => throw null!;
    }
}
