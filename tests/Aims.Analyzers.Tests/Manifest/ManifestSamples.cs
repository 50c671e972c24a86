namespace Aims.Analyzers.Tests.Manifest;

/// <summary>
/// A small but complete project: two systems, pieces, every fact attribute, SoA entries, tools (read-only, acting with
/// an approval step, acting on a system without oversight) and an undeclared call and tool.
/// </summary>
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
            using System.Collections.Generic;
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

                public IList<AITool> Tools() => [AIFunctionFactory.Create(LookupOrder), new ApprovalRequiredAIFunction(AIFunctionFactory.Create(RefundOrder))];

                private static string LookupOrder(string id) => id;

                private static string RefundOrder(string id) => id;
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
            internal sealed class Router
            {
                public AITool Escalation() => AIFunctionFactory.Create(AssignTicket);

                private static string AssignTicket(string id) => id;
            }
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
                public object Search() => new Microsoft.Extensions.AI.HostedWebSearchTool();
            }
            """),
    ];

    /// <summary>
    /// What an honest manifest must not overstate: placeholders, a system declared in a referenced assembly, unset enums,
    /// calls whose provider the SDK does not tell, a lone surrogate in a value and in a model id, a local function's system.
    /// </summary>
    public static readonly (string Path, string Source)[] HonestEvidenceProject =
    [
        ("Placeholders.cs", """
            using Aims;
            [assembly: AiManagementSystem("Contoso", PolicyReference = "<policy reference>", IncidentContact = "TODO: incident mailbox")]
            [assembly: AiControlApplicability("A.2.3", true, Evidence = "<evidence>")]
            [assembly: AiControlApplicability("A.10.4", false, Justification = "<justification>")]

            namespace Honest;

            [AiSystem("drafted-by-a-fix", Name = "<name>", Purpose = "<purpose>", Owner = "<owner>", Risk = AiRiskLevel.High,
                ImpactAssessment = "<impact assessment reference>")]
            [HumanOversight(OversightMode.HumanInTheLoop, Reviewer = "<reviewer>")]
            [DataSource("<data-source>")]
            [AiModel("OpenAI", "gpt-4o-2024-08-06", SupplierAgreement = "<supplier agreement>")]
            [AiEventLogging("<events>")]
            public sealed class DraftedByAFix { }
            """),
        ("Unset.cs", """
            using System.Threading.Tasks;
            using Aims;
            using Microsoft.Extensions.AI;

            namespace Honest;

            [AiSystem("unset-values", Purpose = "Answers questions \uD800 with a lone surrogate", Owner = "Ops", Risk = AiRiskLevel.Limited)]
            [DataSource("faq")]
            [AiModel("OpenAI", "gpt-4o-2024-08-06")]
            public sealed class UnsetValues(IChatClient chat, OpenAI.OpenAIClient openAi)
            {
                public Task<ChatResponse> AskAsync(string q) => chat.GetResponseAsync(q);
                public object Odd() => openAi.GetChatClient("\uD800");
            }

            public sealed class Abstractions(IChatClient chat)
            {
                public Task<ChatResponse> InLocalFunction()
                {
                    return Local();
                    [AiSystem("local-function-system", Purpose = "p", Owner = "o", Risk = AiRiskLevel.Minimal, ServesPeopleDirectly = false)]
                    Task<ChatResponse> Local() => chat.GetResponseAsync("x");
                }
            }
            """),
        ("Joined.cs", """
            using System.Threading.Tasks;
            using Aims;
            using Microsoft.Extensions.AI;

            namespace Honest;

            [PartOfAiSystem("platform-assistant")]
            public sealed class PlatformWidget(IChatClient chat)
            {
                public Task<ChatResponse> AskAsync(string q) => chat.GetResponseAsync(q);
            }

            [PartOfAiSystem("typo-assistant")]
            public sealed class OrphanWidget(IChatClient chat)
            {
                public Task<ChatResponse> AskAsync(string q) => chat.GetResponseAsync(q);
            }
            """),
    ];
}
