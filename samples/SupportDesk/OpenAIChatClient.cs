using Aims;
using Microsoft.Extensions.AI;
using OpenAI.Chat;
using AiChatMessage = Microsoft.Extensions.AI.ChatMessage;

namespace SupportDesk;

/// <summary>Serves the support assistant's IChatClient from an OpenAI chat model: a piece of that system.</summary>
[PartOfAiSystem("support-assistant")]
public sealed class OpenAIChatClient(ChatClient client) : IChatClient
{
    public async Task<ChatResponse> GetResponseAsync(
        IEnumerable<AiChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var completion = await client.CompleteChatAsync(ToOpenAI(messages), new ChatCompletionOptions { Temperature = options?.Temperature }, cancellationToken);
        return new ChatResponse(new AiChatMessage(ChatRole.Assistant, completion.Value.Content[0].Text));
    }

    public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<AiChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("The support desk does not stream.");

    public object? GetService(Type serviceType, object? serviceKey = null) => serviceType.IsInstanceOfType(this) ? this : null;

    public void Dispose()
    {
    }

    private static IEnumerable<OpenAI.Chat.ChatMessage> ToOpenAI(IEnumerable<AiChatMessage> messages) =>
        messages.Select(m => m.Role == ChatRole.System
            ? (OpenAI.Chat.ChatMessage)new SystemChatMessage(m.Text)
            : new UserChatMessage(m.Text));
}
