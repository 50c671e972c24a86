// STUB, not the real package: mirrors Client, Models and Live of Google.GenAI (googleapis/dotnet-genai sources, with the
// trailing CancellationToken of current releases). No version of the package restores here.
#nullable enable
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace Google.GenAI.Types
{
    public sealed class GenerateContentResponse { }
    public sealed class GenerateContentConfig { }
    public sealed class EmbedContentResponse { }
    public sealed class GenerateImagesResponse { }
    public sealed class EditImageResponse { }
    public sealed class UpscaleImageResponse { }
    public sealed class GenerateVideosOperation { }
    public sealed class LiveConnectConfig { }
}

namespace Google.GenAI
{
    using Google.GenAI.Types;

    public sealed class Models
    {
        public Task<GenerateContentResponse> GenerateContentAsync(string model, string contents, GenerateContentConfig? config = null, CancellationToken cancellationToken = default) => throw null!;
        public IAsyncEnumerable<GenerateContentResponse> GenerateContentStreamAsync(string model, string contents, GenerateContentConfig? config = null, CancellationToken cancellationToken = default) => throw null!;
        public Task<EmbedContentResponse> EmbedContentAsync(string model, string contents, CancellationToken cancellationToken = default) => throw null!;
        public Task<GenerateImagesResponse> GenerateImagesAsync(string model, string prompt, CancellationToken cancellationToken = default) => throw null!;
        public Task<EditImageResponse> EditImageAsync(string model, string prompt, CancellationToken cancellationToken = default) => throw null!;
        public Task<UpscaleImageResponse> UpscaleImageAsync(string model, byte[] image, string upscaleFactor, CancellationToken cancellationToken = default) => throw null!;
        public Task<GenerateVideosOperation> GenerateVideosAsync(string model, string prompt, CancellationToken cancellationToken = default) => throw null!;
    }

    public sealed class AsyncSession : System.IAsyncDisposable
    {
        public System.Threading.Tasks.ValueTask DisposeAsync() => default;
    }

    public sealed class Live
    {
        public Task<AsyncSession> ConnectAsync(string model, LiveConnectConfig? config = null, CancellationToken cancellationToken = default) => throw null!;
    }

    public sealed class Client : System.IDisposable
    {
        public Client(string? apiKey = null) { }
        public Models Models { get; } = new();
        public Live Live { get; } = new();
        public void Dispose() { }
    }
}
