using OpenAI.Chat;

namespace SupportDesk;

/// <summary>
/// Routes tickets to a queue with a model. Deliberately undeclared: no [AiSystem] covers it, so the build reports
/// AIMS001 at the call below. Declare it, or add it to the support assistant with [PartOfAiSystem], to fix that.
/// </summary>
public sealed class TicketRouter(ChatClient chat)
{
    public async Task<string> RouteAsync(Ticket ticket, CancellationToken cancellationToken = default)
    {
        var completion = await chat.CompleteChatAsync(
            [new UserChatMessage($"Answer with one word, billing, bug or account, for this ticket: {ticket.Subject}")],
            cancellationToken: cancellationToken);
        return completion.Value.Content[0].Text.Trim().ToLowerInvariant();
    }
}
