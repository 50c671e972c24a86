// STUB, not the real package: mirrors the public names and signatures of Microsoft.SemanticKernel.Abstractions 1.x
// (checked against semantic-kernel 1.80 sources) that detection tests need. The real package does not restore here.
#nullable enable
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace Microsoft.SemanticKernel
{
    public sealed class Kernel
    {
        public Task<FunctionResult> InvokeAsync(KernelFunction function, KernelArguments? arguments = null, CancellationToken cancellationToken = default) => throw null!;
        public Task<FunctionResult> InvokeAsync(string? pluginName, string functionName, KernelArguments? arguments = null, CancellationToken cancellationToken = default) => throw null!;
        public IAsyncEnumerable<StreamingKernelContent> InvokeStreamingAsync(KernelFunction function, KernelArguments? arguments = null, CancellationToken cancellationToken = default) => throw null!;
        public T GetRequiredService<T>(object? serviceKey = null) where T : class => throw null!;
    }

    public abstract class KernelFunction
    {
        public Task<FunctionResult> InvokeAsync(Kernel kernel, KernelArguments? arguments = null, CancellationToken cancellationToken = default) => throw null!;
    }

    public sealed class KernelArguments : Dictionary<string, object?> { }
    public sealed class FunctionResult { public T? GetValue<T>() => default; }
    public abstract class StreamingKernelContent { }
    public class PromptExecutionSettings { public string? ModelId { get; set; } }
    public class ChatMessageContent { public string? Content { get; set; } }
    public class StreamingChatMessageContent : StreamingKernelContent { public string? Content { get; set; } }
}

namespace Microsoft.SemanticKernel.Services
{
    public interface IAIService { IReadOnlyDictionary<string, object?> Attributes { get; } }
}

namespace Microsoft.SemanticKernel.ChatCompletion
{
    public sealed class ChatHistory : List<ChatMessageContent> { public void AddUserMessage(string content) { } }

    public interface IChatCompletionService : Microsoft.SemanticKernel.Services.IAIService
    {
        Task<IReadOnlyList<ChatMessageContent>> GetChatMessageContentsAsync(ChatHistory chatHistory, PromptExecutionSettings? executionSettings = null, Kernel? kernel = null, CancellationToken cancellationToken = default);
        IAsyncEnumerable<StreamingChatMessageContent> GetStreamingChatMessageContentsAsync(ChatHistory chatHistory, PromptExecutionSettings? executionSettings = null, Kernel? kernel = null, CancellationToken cancellationToken = default);
    }

    public static class ChatCompletionServiceExtensions
    {
        public static Task<ChatMessageContent> GetChatMessageContentAsync(this IChatCompletionService chatCompletionService, string prompt, PromptExecutionSettings? executionSettings = null, Kernel? kernel = null, CancellationToken cancellationToken = default) => throw null!;
        public static Task<ChatMessageContent> GetChatMessageContentAsync(this IChatCompletionService chatCompletionService, ChatHistory chatHistory, PromptExecutionSettings? executionSettings = null, Kernel? kernel = null, CancellationToken cancellationToken = default) => throw null!;
    }
}

namespace Microsoft.SemanticKernel.Embeddings
{
    public interface IEmbeddingGenerationService<TValue, TEmbedding> : Microsoft.SemanticKernel.Services.IAIService
        where TEmbedding : unmanaged
    {
        Task<IList<System.ReadOnlyMemory<TEmbedding>>> GenerateEmbeddingsAsync(IList<TValue> data, Kernel? kernel = null, CancellationToken cancellationToken = default);
    }

    public interface ITextEmbeddingGenerationService : IEmbeddingGenerationService<string, float> { }

    public static class EmbeddingGenerationExtensions
    {
        public static Task<System.ReadOnlyMemory<TEmbedding>> GenerateEmbeddingAsync<TValue, TEmbedding>(this IEmbeddingGenerationService<TValue, TEmbedding> generator, TValue value, Kernel? kernel = null, CancellationToken cancellationToken = default)
            where TEmbedding : unmanaged => throw null!;
    }
}
