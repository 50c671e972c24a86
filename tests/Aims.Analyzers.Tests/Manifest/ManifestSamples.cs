namespace Aims.Analyzers.Tests.Manifest;

/// <summary>A small but complete project: two systems, pieces, every fact attribute, SoA entries and an undeclared call.</summary>
public static class ManifestSamples
{
    public static readonly (string Path, string Source)[] SupportProject =
    [
        ("Governance.cs", """
            using Aims;
            [assembly: AiManagementSystem("Contoso", Scope = "Customer support AI", PolicyReference = "POL-AI-1", IncidentContact = "ai-incidents@contoso.example")]
            [assembly: AiControlApplicability("A.10.4", false, Justification = "No AI systems are provided to customers")]
            [assembly: AiControlApplicability("A.4.6", true, Evidence = "HR-SKILLS-2025")]
            """),
        ("ReplyDrafter.cs", """
            using System.Threading.Tasks;
            using Aims;
            using Microsoft.Extensions.AI;

            namespace Support;

            [AiSystem("support-assistant", Name = "Customer support assistant", Purpose = "Drafts replies to customer tickets",
                Owner = "Support Engineering", Risk = AiRiskLevel.Limited, ImpactAssessment = "IA-2025-03",
                Lifecycle = AiLifecycleStage.OperationAndMonitoring)]
            [HumanOversight(OversightMode.HumanInTheLoop, Reviewer = "Support agent")]
            [DataSource("ticket-history", Usage = DataUsage.Grounding, ContainsPersonalData = true, LawfulBasis = "Contract")]
            [AiModel("OpenAI", "gpt-4o-2024-08-06", SupplierAgreement = "OPENAI-DPA-2024")]
            [AiDisclosure(AiDisclosureKind.SyntheticContent, Mechanism = "AI draft label")]
            [AiEvaluation("reply-accuracy", Threshold = 0.9, Dataset = "golden-tickets", Date = "2025-03-31")]
            [AiRisk("R-001", "Wrong refund amount in a draft", AiRiskTreatment.Mitigate, Controls = new[] { "A.6.2.4", "A.9.2" })]
            [AiEventLogging("prompts, drafts, agent edits", RetentionDays = 180)]
            public sealed class ReplyDrafter(IChatClient chat)
            {
                public async Task<string> DraftAsync(string ticket) => (await chat.GetResponseAsync(ticket)).Text;
            }
            """),
        ("Summariser.cs", """
            using System.Threading.Tasks;
            using Aims;
            using Microsoft.Extensions.AI;

            namespace Support;

            [PartOfAiSystem("support-assistant")]
            internal sealed class Summariser(IChatClient chat)
            {
                public Task<ChatResponse> SummariseAsync(string text) => chat.GetResponseAsync("Summarise: " + text);
                public object Fallback(OpenAI.OpenAIClient openAi) => openAi.GetChatClient("gpt-4o-mini-2024-07-18");
            }

            [AiSystem("ticket-router", Purpose = "Routes tickets", Owner = "Support Engineering", Risk = AiRiskLevel.Minimal, ServesPeopleDirectly = false)]
            internal sealed class Router { }
            """),
        ("Shadow.cs", """
            using System.Net.Http;
            using System.Threading.Tasks;
            using OpenAI.Chat;

            namespace Support;

            internal sealed class Shadow(ChatClient chat, HttpClient http)
            {
                public Task Classify(string t) => chat.CompleteChatAsync(t);
                public Task Raw(HttpContent body) => http.PostAsync("https://api.anthropic.com/v1/messages", body);
            }
            """),
    ];
}
