// STUB, not the real package: mirrors GenerativeModel and ChatSession of Mscc.GenerativeAI by name and shape (ChatSession
// moved to Mscc.GenerativeAI.Types in later releases; both are here). No version of the package restores here.
#nullable enable
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace Mscc.GenerativeAI
{
    public sealed class GenerateContentResponse { public string? Text { get; } }
    public sealed class EmbedContentResponse { }
    public sealed class ImageGenerationResponse { }
    public sealed class Operation { }

    public sealed class GoogleAI
    {
        public GoogleAI(string? apiKey = null) { }
        public GenerativeModel GenerativeModel(string model = "gemini-1.5-pro") => throw null!;
    }

    public class GenerativeModel
    {
        public Task<GenerateContentResponse> GenerateContent(string? prompt, CancellationToken cancellationToken = default) => throw null!;
        public IAsyncEnumerable<GenerateContentResponse> GenerateContentStream(string? prompt, CancellationToken cancellationToken = default) => throw null!;
        public Task<GenerateContentResponse> BatchGenerateContent(string? prompt, CancellationToken cancellationToken = default) => throw null!;
        public Task<GenerateContentResponse> GenerateAnswer(string? prompt, CancellationToken cancellationToken = default) => throw null!;
        public Task<GenerateContentResponse> GenerateText(string? prompt, CancellationToken cancellationToken = default) => throw null!;
        public Task<GenerateContentResponse> GenerateMessage(string? prompt, CancellationToken cancellationToken = default) => throw null!;
        public Task<EmbedContentResponse> EmbedContent(string? content, CancellationToken cancellationToken = default) => throw null!;
        public Task<EmbedContentResponse> BatchEmbedContent(IEnumerable<string> contents, CancellationToken cancellationToken = default) => throw null!;
        public Task<EmbedContentResponse> EmbedText(string? text, CancellationToken cancellationToken = default) => throw null!;
        public Task<EmbedContentResponse> BatchEmbedText(IEnumerable<string> texts, CancellationToken cancellationToken = default) => throw null!;
        public Task<ImageGenerationResponse> GenerateImages(string prompt, CancellationToken cancellationToken = default) => throw null!;
        public Task<ImageGenerationResponse> EditImage(string prompt, CancellationToken cancellationToken = default) => throw null!;
        public Task<ImageGenerationResponse> UpscaleImage(string image, CancellationToken cancellationToken = default) => throw null!;
        public Task<Operation> GenerateVideos(string prompt, CancellationToken cancellationToken = default) => throw null!;
        public Task<GenerateContentResponse> Predict(string prompt, CancellationToken cancellationToken = default) => throw null!;
        public Task<Operation> PredictLongRunning(string prompt, CancellationToken cancellationToken = default) => throw null!;
        public ChatSession StartChat() => throw null!;
    }

    public sealed class ChatSession
    {
        public Task<GenerateContentResponse> SendMessage(string prompt, CancellationToken cancellationToken = default) => throw null!;
        public IAsyncEnumerable<GenerateContentResponse> SendMessageStream(string prompt, CancellationToken cancellationToken = default) => throw null!;
    }
}

namespace Mscc.GenerativeAI.Types
{
    public sealed class ChatSession
    {
        public Task<Mscc.GenerativeAI.GenerateContentResponse> SendMessage(string prompt, CancellationToken cancellationToken = default) => throw null!;
        public IAsyncEnumerable<Mscc.GenerativeAI.GenerateContentResponse> SendMessageStream(string prompt, CancellationToken cancellationToken = default) => throw null!;
    }
}
