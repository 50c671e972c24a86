// STUB, not the real package: mirrors IAmazonBedrockRuntime and AmazonBedrockRuntimeClient of AWSSDK.BedrockRuntime 4.x
// (aws-sdk-net _netstandard generated sources). No version of the package restores here.
#nullable enable
using System.Threading;
using System.Threading.Tasks;

namespace Amazon.BedrockRuntime.Model
{
    public class ConverseRequest { public string? ModelId { get; set; } }
    public class ConverseResponse { }
    public class InvokeModelRequest { public string? ModelId { get; set; } }
    public class InvokeModelResponse { }
    public class ListAsyncInvokesRequest { }
    public class ListAsyncInvokesResponse { }
    public class ConverseStreamRequest { public string? ModelId { get; set; } }
    public class ConverseStreamResponse { }
    public class InvokeModelWithResponseStreamRequest { public string? ModelId { get; set; } }
    public class InvokeModelWithResponseStreamResponse { }
    public class InvokeModelWithBidirectionalStreamRequest { public string? ModelId { get; set; } }
    public class InvokeModelWithBidirectionalStreamResponse { }
    public class StartAsyncInvokeRequest { public string? ModelId { get; set; } }
    public class StartAsyncInvokeResponse { }
    public class ApplyGuardrailRequest { }
    public class ApplyGuardrailResponse { }
}

namespace Amazon.BedrockRuntime
{
    using Amazon.BedrockRuntime.Model;

    public partial interface IAmazonBedrockRuntime : System.IDisposable
    {
        Task<ConverseResponse> ConverseAsync(ConverseRequest request, CancellationToken cancellationToken = default);
        Task<InvokeModelResponse> InvokeModelAsync(InvokeModelRequest request, CancellationToken cancellationToken = default);
        Task<ListAsyncInvokesResponse> ListAsyncInvokesAsync(ListAsyncInvokesRequest request, CancellationToken cancellationToken = default);
        ConverseResponse Converse(ConverseRequest request);
        ConverseStreamResponse ConverseStream(ConverseStreamRequest request);
        Task<ConverseStreamResponse> ConverseStreamAsync(ConverseStreamRequest request, CancellationToken cancellationToken = default);
        InvokeModelResponse InvokeModel(InvokeModelRequest request);
        InvokeModelWithResponseStreamResponse InvokeModelWithResponseStream(InvokeModelWithResponseStreamRequest request);
        Task<InvokeModelWithResponseStreamResponse> InvokeModelWithResponseStreamAsync(InvokeModelWithResponseStreamRequest request, CancellationToken cancellationToken = default);
        Task<InvokeModelWithBidirectionalStreamResponse> InvokeModelWithBidirectionalStreamAsync(InvokeModelWithBidirectionalStreamRequest request, CancellationToken cancellationToken = default);
        StartAsyncInvokeResponse StartAsyncInvoke(StartAsyncInvokeRequest request);
        Task<StartAsyncInvokeResponse> StartAsyncInvokeAsync(StartAsyncInvokeRequest request, CancellationToken cancellationToken = default);
        ApplyGuardrailResponse ApplyGuardrail(ApplyGuardrailRequest request);
        Task<ApplyGuardrailResponse> ApplyGuardrailAsync(ApplyGuardrailRequest request, CancellationToken cancellationToken = default);
    }

    public partial class AmazonBedrockRuntimeClient : IAmazonBedrockRuntime
    {
        public virtual Task<ConverseResponse> ConverseAsync(ConverseRequest request, CancellationToken cancellationToken = default) => throw null!;
        public virtual Task<InvokeModelResponse> InvokeModelAsync(InvokeModelRequest request, CancellationToken cancellationToken = default) => throw null!;
        public virtual Task<ListAsyncInvokesResponse> ListAsyncInvokesAsync(ListAsyncInvokesRequest request, CancellationToken cancellationToken = default) => throw null!;
        public virtual ConverseResponse Converse(ConverseRequest request) => throw null!;
        public virtual ConverseStreamResponse ConverseStream(ConverseStreamRequest request) => throw null!;
        public virtual Task<ConverseStreamResponse> ConverseStreamAsync(ConverseStreamRequest request, CancellationToken cancellationToken = default) => throw null!;
        public virtual InvokeModelResponse InvokeModel(InvokeModelRequest request) => throw null!;
        public virtual InvokeModelWithResponseStreamResponse InvokeModelWithResponseStream(InvokeModelWithResponseStreamRequest request) => throw null!;
        public virtual Task<InvokeModelWithResponseStreamResponse> InvokeModelWithResponseStreamAsync(InvokeModelWithResponseStreamRequest request, CancellationToken cancellationToken = default) => throw null!;
        public virtual Task<InvokeModelWithBidirectionalStreamResponse> InvokeModelWithBidirectionalStreamAsync(InvokeModelWithBidirectionalStreamRequest request, CancellationToken cancellationToken = default) => throw null!;
        public virtual StartAsyncInvokeResponse StartAsyncInvoke(StartAsyncInvokeRequest request) => throw null!;
        public virtual Task<StartAsyncInvokeResponse> StartAsyncInvokeAsync(StartAsyncInvokeRequest request, CancellationToken cancellationToken = default) => throw null!;
        public virtual ApplyGuardrailResponse ApplyGuardrail(ApplyGuardrailRequest request) => throw null!;
        public virtual Task<ApplyGuardrailResponse> ApplyGuardrailAsync(ApplyGuardrailRequest request, CancellationToken cancellationToken = default) => throw null!;
        public void Dispose() { }
    }
}
