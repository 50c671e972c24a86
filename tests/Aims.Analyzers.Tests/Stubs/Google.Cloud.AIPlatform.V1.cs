// STUB, not the real package: mirrors PredictionServiceClient (the GAX client) and PredictionService.PredictionServiceClient
// (the gRPC client) of Google.Cloud.AIPlatform.V1 by name and shape; request and response types are reduced to what the
// tests pass. No version of the package restores here.
#nullable enable
using System.Threading;
using System.Threading.Tasks;

namespace Google.Cloud.AIPlatform.V1
{
    public sealed class GenerateContentRequest { public string Model { get; set; } = ""; }
    public sealed class GenerateContentResponse { }
    public sealed class EmbedContentRequest { public string Model { get; set; } = ""; }
    public sealed class EmbedContentResponse { }
    public sealed class PredictRequest { public string Endpoint { get; set; } = ""; }
    public sealed class PredictResponse { }
    public sealed class ServerStream<T> { }

    public abstract class PredictionServiceClient
    {
        public static PredictionServiceClient Create() => throw null!;
        public virtual GenerateContentResponse GenerateContent(GenerateContentRequest request) => throw null!;
        public virtual Task<GenerateContentResponse> GenerateContentAsync(GenerateContentRequest request, CancellationToken cancellationToken = default) => throw null!;
        public virtual ServerStream<GenerateContentResponse> StreamGenerateContent(GenerateContentRequest request) => throw null!;
        public virtual EmbedContentResponse EmbedContent(EmbedContentRequest request) => throw null!;
        public virtual Task<EmbedContentResponse> EmbedContentAsync(EmbedContentRequest request, CancellationToken cancellationToken = default) => throw null!;
        public virtual PredictResponse Predict(PredictRequest request) => throw null!;
        public virtual Task<PredictResponse> PredictAsync(PredictRequest request, CancellationToken cancellationToken = default) => throw null!;
        public virtual PredictResponse RawPredict(PredictRequest request) => throw null!;
        public virtual Task<PredictResponse> RawPredictAsync(PredictRequest request, CancellationToken cancellationToken = default) => throw null!;
        public virtual ServerStream<PredictResponse> StreamRawPredict(PredictRequest request) => throw null!;
        public virtual PredictResponse DirectPredict(PredictRequest request) => throw null!;
        public virtual Task<PredictResponse> DirectPredictAsync(PredictRequest request, CancellationToken cancellationToken = default) => throw null!;
        public virtual PredictResponse DirectRawPredict(PredictRequest request) => throw null!;
        public virtual Task<PredictResponse> DirectRawPredictAsync(PredictRequest request, CancellationToken cancellationToken = default) => throw null!;
        public virtual ServerStream<PredictResponse> StreamDirectPredict(PredictRequest request) => throw null!;
        public virtual ServerStream<PredictResponse> StreamDirectRawPredict(PredictRequest request) => throw null!;
        public virtual ServerStream<PredictResponse> StreamingPredict(PredictRequest request) => throw null!;
        public virtual ServerStream<PredictResponse> ServerStreamingPredict(PredictRequest request) => throw null!;
        public virtual ServerStream<PredictResponse> StreamingRawPredict(PredictRequest request) => throw null!;
        public virtual PredictResponse Explain(PredictRequest request) => throw null!;
        public virtual Task<PredictResponse> ExplainAsync(PredictRequest request, CancellationToken cancellationToken = default) => throw null!;
    }

    public static class PredictionService
    {
        public class PredictionServiceClient
        {
            public virtual GenerateContentResponse GenerateContent(GenerateContentRequest request) => throw null!;
            public virtual Task<GenerateContentResponse> GenerateContentAsync(GenerateContentRequest request) => throw null!;
            public virtual ServerStream<GenerateContentResponse> StreamGenerateContent(GenerateContentRequest request) => throw null!;
            public virtual PredictResponse Predict(PredictRequest request) => throw null!;
            public virtual Task<PredictResponse> PredictAsync(PredictRequest request) => throw null!;
            public virtual PredictResponse RawPredict(PredictRequest request) => throw null!;
            public virtual Task<PredictResponse> RawPredictAsync(PredictRequest request) => throw null!;
            public virtual ServerStream<PredictResponse> StreamRawPredict(PredictRequest request) => throw null!;
            public virtual PredictResponse DirectPredict(PredictRequest request) => throw null!;
            public virtual Task<PredictResponse> DirectPredictAsync(PredictRequest request) => throw null!;
            public virtual PredictResponse DirectRawPredict(PredictRequest request) => throw null!;
            public virtual Task<PredictResponse> DirectRawPredictAsync(PredictRequest request) => throw null!;
            public virtual ServerStream<PredictResponse> StreamDirectPredict(PredictRequest request) => throw null!;
            public virtual ServerStream<PredictResponse> StreamDirectRawPredict(PredictRequest request) => throw null!;
            public virtual ServerStream<PredictResponse> StreamingPredict(PredictRequest request) => throw null!;
            public virtual ServerStream<PredictResponse> ServerStreamingPredict(PredictRequest request) => throw null!;
            public virtual ServerStream<PredictResponse> StreamingRawPredict(PredictRequest request) => throw null!;
            public virtual PredictResponse Explain(PredictRequest request) => throw null!;
            public virtual Task<PredictResponse> ExplainAsync(PredictRequest request) => throw null!;
        }
    }
}
