using Aims.Manifest.Model;
using Aims.Manifest.Vocabulary;

namespace Aims.Cli.Tests.Harness;

/// <summary>A policy a build applied and a verdict of it, as a manifest records them.</summary>
internal static class PolicyEvidence
{
    public static PolicyEntry Contoso { get; } = new("Contoso AI policy", "2026.1", "3f9a0c1d" + new string('7', 56), null);

    public static Finding Violation(int line) => new(
        null,
        "AIMS028",
        FindingSeverity.Error,
        "TicketRouter.cs",
        line,
        "'TicketRouter.RouteAsync' calling 'ChatClient.CompleteChatAsync' uses provider 'OpenAI', but the AI policy 'Contoso AI policy' does not allow it: it forbids provider 'OpenAI'",
        null);
}
