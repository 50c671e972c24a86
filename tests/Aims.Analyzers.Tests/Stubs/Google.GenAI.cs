// STUB, not the real package: mirrors Client and Models of Google.GenAI (googleapis/dotnet-genai sources, with the
// trailing CancellationToken of current releases). The real package does not restore here.
#nullable enable
using System.Threading;
using System.Threading.Tasks;

namespace Google.GenAI.Types
{
    public sealed class GenerateContentResponse { }
    public sealed class GenerateContentConfig { }
}

namespace Google.GenAI
{
    using Google.GenAI.Types;

    public sealed class Models
    {
        public Task<GenerateContentResponse> GenerateContentAsync(string model, string contents, GenerateContentConfig? config = null, CancellationToken cancellationToken = default) => throw null!;
    }

    public sealed class Client : System.IDisposable
    {
        public Client(string? apiKey = null) { }
        public Models Models { get; } = new();
        public void Dispose() { }
    }
}
