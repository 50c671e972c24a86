// STUB, not the real package: mirrors IAmazonBedrockRuntime and AmazonBedrockRuntimeClient of AWSSDK.BedrockRuntime 4.x
// (aws-sdk-net _netstandard generated sources). The real package does not restore here.
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
}

namespace Amazon.BedrockRuntime
{
    using Amazon.BedrockRuntime.Model;

    public partial interface IAmazonBedrockRuntime : System.IDisposable
    {
        Task<ConverseResponse> ConverseAsync(ConverseRequest request, CancellationToken cancellationToken = default);
        Task<InvokeModelResponse> InvokeModelAsync(InvokeModelRequest request, CancellationToken cancellationToken = default);
        Task<ListAsyncInvokesResponse> ListAsyncInvokesAsync(ListAsyncInvokesRequest request, CancellationToken cancellationToken = default);
    }

    public partial class AmazonBedrockRuntimeClient : IAmazonBedrockRuntime
    {
        public virtual Task<ConverseResponse> ConverseAsync(ConverseRequest request, CancellationToken cancellationToken = default) => throw null!;
        public virtual Task<InvokeModelResponse> InvokeModelAsync(InvokeModelRequest request, CancellationToken cancellationToken = default) => throw null!;
        public virtual Task<ListAsyncInvokesResponse> ListAsyncInvokesAsync(ListAsyncInvokesRequest request, CancellationToken cancellationToken = default) => throw null!;
        public void Dispose() { }
    }
}
