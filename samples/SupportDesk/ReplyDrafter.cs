using System.ComponentModel;
using Aims;
using Microsoft.Extensions.AI;

namespace SupportDesk;

/// <summary>Drafts a reply for a support agent to review and send: a declared AI system.</summary>
[AiSystem("support-assistant",
    Name = "Customer support assistant",
    Purpose = "Drafts replies to customer tickets for an agent to review",
    Owner = "Support Engineering",
    Risk = AiRiskLevel.Limited)]
[HumanOversight(OversightMode.HumanInTheLoop, Reviewer = "Support agent")]
[DataSource("ticket-history", Usage = DataUsage.Grounding, ContainsPersonalData = true, LawfulBasis = "Contract")]
[AiModel("OpenAI", "gpt-4o-mini-2024-07-18", Hosting = AiModelHosting.Api)]
[AiDisclosure(AiDisclosureKind.SyntheticContent, Mechanism = "Drafts carry an 'AI draft' label in the agent console")]
public sealed class ReplyDrafter(IChatClient chat)
{
    public async Task<string> DraftAsync(Ticket ticket, CancellationToken cancellationToken = default)
    {
        List<ChatMessage> messages =
        [
            new(ChatRole.System, "You draft short, friendly replies to support tickets. An agent reviews every draft."),
            new(ChatRole.User, $"Subject: {ticket.Subject}\n\n{ticket.Body}"),
        ];

        // The model may look up an order while drafting: a tool that only reads, listed under the system in the manifest.
        var options = new ChatOptions { Temperature = 0.3f, Tools = [AIFunctionFactory.Create(GetOrderStatus)] };
        var response = await chat.GetResponseAsync(messages, options, cancellationToken);
        return response.Text;
    }

    [Description("Gets the shipping status of a customer's order by its number.")]
    private static string GetOrderStatus(string orderNumber) => $"Order {orderNumber} has shipped.";
}
