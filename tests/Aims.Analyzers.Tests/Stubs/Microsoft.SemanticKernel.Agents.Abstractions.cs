// STUB, not the real package: mirrors Agent and AgentChat of Microsoft.SemanticKernel.Agents.Abstractions 1.x
// (semantic-kernel 1.80 sources) and ChatCompletionAgent of Agents.Core. No version of the packages restores here.
#nullable enable
using System.Collections.Generic;
using System.Threading;

namespace Microsoft.SemanticKernel.Agents
{
    public abstract class AgentThread { }
    public sealed class AgentInvokeOptions { }
    public sealed class AgentResponseItem<TMessage> { public TMessage Message { get; } = default!; }

    public abstract class Agent
    {
        public string? Name { get; init; }
        public virtual IAsyncEnumerable<AgentResponseItem<ChatMessageContent>> InvokeAsync(string message, AgentThread? thread = null, AgentInvokeOptions? options = null, CancellationToken cancellationToken = default) => throw null!;
        public abstract IAsyncEnumerable<AgentResponseItem<ChatMessageContent>> InvokeAsync(ICollection<ChatMessageContent> messages, AgentThread? thread = null, AgentInvokeOptions? options = null, CancellationToken cancellationToken = default);
        public virtual IAsyncEnumerable<AgentResponseItem<StreamingChatMessageContent>> InvokeStreamingAsync(string message, AgentThread? thread = null, AgentInvokeOptions? options = null, CancellationToken cancellationToken = default) => throw null!;
    }

    public abstract class AgentChat
    {
        public abstract IAsyncEnumerable<ChatMessageContent> InvokeAsync(CancellationToken cancellationToken = default);
        public abstract IAsyncEnumerable<StreamingChatMessageContent> InvokeStreamingAsync(CancellationToken cancellationToken = default);
    }

    public sealed class ChatCompletionAgent : Agent
    {
        public Kernel Kernel { get; init; } = null!;
        public string? Instructions { get; init; }
        public override IAsyncEnumerable<AgentResponseItem<ChatMessageContent>> InvokeAsync(ICollection<ChatMessageContent> messages, AgentThread? thread = null, AgentInvokeOptions? options = null, CancellationToken cancellationToken = default) => throw null!;
    }

    public sealed class AgentGroupChat : AgentChat
    {
        public AgentGroupChat(params Agent[] agents) { }
        public override IAsyncEnumerable<ChatMessageContent> InvokeAsync(CancellationToken cancellationToken = default) => throw null!;
        public override IAsyncEnumerable<StreamingChatMessageContent> InvokeStreamingAsync(CancellationToken cancellationToken = default) => throw null!;
    }
}
