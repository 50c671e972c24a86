// STUB, not the real package: mirrors KernelExtensions of Microsoft.SemanticKernel.Core 1.x (semantic-kernel 1.80
// sources), the part detection tests need. The real package does not restore here.
#nullable enable
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace Microsoft.SemanticKernel
{
    public static class KernelExtensions
    {
        public static Task<FunctionResult> InvokePromptAsync(this Kernel kernel, string promptTemplate, KernelArguments? arguments = null, string? templateFormat = null, object? promptTemplateFactory = null, object? promptTemplateConfig = null, CancellationToken cancellationToken = default) => throw null!;
        public static IAsyncEnumerable<StreamingKernelContent> InvokePromptStreamingAsync(this Kernel kernel, string promptTemplate, KernelArguments? arguments = null, string? templateFormat = null, object? promptTemplateFactory = null, object? promptTemplateConfig = null, CancellationToken cancellationToken = default) => throw null!;
        public static KernelFunction CreateFunctionFromPrompt(this Kernel kernel, string promptTemplate) => throw null!;
    }
}
