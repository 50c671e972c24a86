using System.Diagnostics.CodeAnalysis;
using System.Threading.Tasks;
using Microsoft.Extensions.AI;

[assembly: SuppressMessage("AIGovernance", "AIMS001", Justification = "Replay tool, retired in Q3",
    Scope = "member", Target = "~M:Claims.Replay.RunAsync(Microsoft.Extensions.AI.IChatClient,System.String)")]

namespace Claims;

// One open undeclared AI call and four suppressed ones: by #pragma, and by [SuppressMessage] on a member, on a type and
// at assembly level with a Target. The build reports one AIMS001; its manifest keeps the four as waivers.
public sealed class Intake(IChatClient chat)
{
    public Task<ChatResponse> ClassifyAsync(string claim) => chat.GetResponseAsync("Classify: " + claim);

    public Task<ChatResponse> TriageAsync(string claim)
    {
#pragma warning disable AIMS001
        return chat.GetResponseAsync("Triage: " + claim);
#pragma warning restore AIMS001
    }

    [SuppressMessage("AIGovernance", "AIMS001", Justification = "Prototype behind a feature flag")]
    public Task<ChatResponse> DraftAsync(string claim) => chat.GetResponseAsync("Draft: " + claim);
}

[SuppressMessage("AIGovernance", "AIMS001", Justification = "Load test harness, never deployed")]
public sealed class LoadTest(IChatClient chat)
{
    public Task<ChatResponse> HammerAsync(string claim) => chat.GetResponseAsync(claim);
}

public static class Replay
{
    public static Task<ChatResponse> RunAsync(IChatClient chat, string claim) => chat.GetResponseAsync(claim);
}
