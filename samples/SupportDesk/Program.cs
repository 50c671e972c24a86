using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using OpenAI.Chat;
using SupportDesk;

var apiKey = Environment.GetEnvironmentVariable("OPENAI_API_KEY");
var services = new ServiceCollection();
if (string.IsNullOrEmpty(apiKey))
{
    services.AddSingleton<IChatClient, OfflineChatClient>();
}
else
{
    services.AddSingleton(new ChatClient("gpt-4o-mini-2024-07-18", apiKey));
    services.AddSingleton<IChatClient, OpenAIChatClient>();
    services.AddSingleton<TicketRouter>();
}

services.AddSingleton<ReplyDrafter>();
using var provider = services.BuildServiceProvider();

var ticket = new Ticket(42, "Ada", "Charged twice", "My card was charged twice for the March invoice.");
Console.WriteLine($"Ticket #{ticket.Id}: {ticket.Subject}");
Console.WriteLine("Draft: " + await provider.GetRequiredService<ReplyDrafter>().DraftAsync(ticket));
if (provider.GetService<TicketRouter>() is { } router)
{
    Console.WriteLine("Queue: " + await router.RouteAsync(ticket));
}
