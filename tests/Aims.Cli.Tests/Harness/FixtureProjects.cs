using Aims.Analyzers.Tests.Harness;
using Microsoft.CodeAnalysis;

namespace Aims.Cli.Tests.Harness;

/// <summary>
/// The projects whose manifests are the fixtures (Fixtures/*.aims.json), as source. A build in process writes each
/// fixture from its project (<see cref="FixtureProject.Generate"/>: the real generator, analyzers and manifest code), so
/// every evidence line is in the product's own words; FixtureTests fails when the committed fixtures are no longer what
/// it writes, and CliEndToEndTests that a real build of the sample writes its fixture byte for byte.
/// </summary>
public static class FixtureProjects
{
    /// <summary>The sample app as it is in samples/SupportDesk: one declared system and one undeclared call.</summary>
    public static FixtureProject SupportDesk { get; } = new(
        "SupportDesk",
        [
            ("AssemblyInfo.cs", ImplicitUsings + Version("1.0.0.0")),
            .. SourcesOf("samples/SupportDesk"),
        ],
        References: [MetadataReference.CreateFromFile(typeof(Microsoft.Extensions.DependencyInjection.ServiceProvider).Assembly.Location)],
        IsExecutable: true);

    /// <summary>Placeholders wherever a code fix leaves one, no risk tier, unset enums, and an Anthropic call.</summary>
    public static FixtureProject Billing { get; } = new(
        "Billing",
        [
            ("AssemblyInfo.cs", Version("2.3.0.0")),
            ("Governance.cs", """
                using Aims;

                [assembly: AiManagementSystem("Contoso Billing", PolicyReference = "POL-AI-1", IncidentContact = "<incident contact>")]
                [assembly: AiControlApplicability("A.10.4", false, Justification = "TODO: justify")]
                """),
            ("InvoiceHelper.cs", """
                using System.Threading.Tasks;
                using Aims;
                using Anthropic;
                using Anthropic.Models.Messages;

                namespace Billing;

                [AiSystem("invoice-helper", Name = "<name>", Purpose = "<purpose>", Owner = "<owner>", ImpactAssessment = "TODO: assess")]
                [HumanOversight(OversightMode.HumanInTheLoop, Reviewer = "<reviewer>")]
                [DataSource("<data-source>", ContainsPersonalData = true)]
                [AiEvaluation("<metric>", Threshold = 0.8, TestReference = "TODO: link the test")]
                public sealed class InvoiceHelper(AnthropicClient client)
                {
                    public Task<Message> ExplainAsync(MessageCreateParams parameters) => client.Messages.Create(parameters);
                }
                """),
        ],
        AnalysisMode: "Strict",
        SourceRevision: "9c1e7aa");

    /// <summary>Declares triage-bot with every fact, and excludes A.10.4 in its Statement of Applicability.</summary>
    public static FixtureProject SupportCore { get; } = new(
        "Support.Core",
        [("Triage/TriageBot.cs", SupportCoreSource)],
        SourceRevision: "4f2a9c1");

    /// <summary>
    /// Joins triage-bot (declared in Support.Core, whose facts it reads from that assembly's metadata), joins a system
    /// no assembly declares, and makes undeclared model and service calls.
    /// </summary>
    public static FixtureProject SupportWeb { get; } = new(
        "Support.Web",
        [
            ("AssemblyInfo.cs", Version("3.1.0.0")),
            ("Controllers/TriageController.cs", """
                using System.Threading.Tasks;
                using Aims;
                using Microsoft.Extensions.AI;

                namespace Support.Web;

                [PartOfAiSystem("triage-bot")]
                public sealed class TriageController(IChatClient chat)
                {
                    public Task<ChatResponse> SuggestQueueAsync(string ticket) => chat.GetResponseAsync("Queue for: " + ticket);

                    public Task<ChatResponse> SummariseAsync(string ticket) => chat.GetResponseAsync("Summarise: " + ticket);
                }

                [PartOfAiSystem("ghost-system")]
                public sealed class GhostWidget(IChatClient chat)
                {
                    public Task<ChatResponse> AskAsync(string question) => chat.GetResponseAsync(question);
                }
                """),
            ("Legacy/Chat.cs", """
                using System.ClientModel;
                using OpenAI.Batch;
                using OpenAI.Chat;

                namespace Support.Web.Legacy;

                public sealed class LegacyChat(ChatClient chat, BatchClient batches)
                {
                    public object Ask(string question) => chat.CompleteChat(question);

                    public object Replay(BinaryContent requests) => batches.CreateBatch(requests, waitUntilCompleted: false);
                }
                """),
        ],
        AnalysisMode: "Strict",
        SourceRevision: "4f2a9c1",
        References: [TestReferences.CompileLibrary("Support.Core", SupportCoreSource)]);

    /// <summary>Declares fraud-scorer, as Fraud.Batch does too.</summary>
    public static FixtureProject FraudApi { get; } = Fraud("Fraud.Api", "Risk Engineering");

    /// <summary>Declares fraud-scorer, as Fraud.Api does too.</summary>
    public static FixtureProject FraudBatch { get; } = Fraud("Fraud.Batch", "Data Science");

    /// <summary>A library that uses no AI.</summary>
    public static FixtureProject Utilities { get; } = new(
        "Contoso.Utilities",
        [("AssemblyInfo.cs", Version("1.4.2.0")), ("Text.cs", """
            namespace Contoso.Utilities;

            public static class Text
            {
                public static string Shorten(string text, int length) => text.Length <= length ? text : text[..length];
            }
            """)],
        UsesNoAiSdk: true);

    /// <summary>
    /// tests/Projects/Claims, which the end-to-end tests build for real too: one open undeclared call and four suppressed
    /// ones (by #pragma, and by [SuppressMessage] on a member, on a type and at assembly level with a Target).
    /// </summary>
    public static FixtureProject Claims { get; } = new(
        "Claims",
        [("AssemblyInfo.cs", Version("1.2.0.0")), .. SourcesOf("tests/Projects/Claims")],
        SourceRevision: "7d41c0e");

    public static IReadOnlyList<FixtureProject> All { get; } = [SupportDesk, Billing, SupportCore, SupportWeb, FraudApi, FraudBatch, Utilities, Claims];

    private const string ImplicitUsings = """
        global using System;
        global using System.Collections.Generic;
        global using System.Linq;
        global using System.Threading;
        global using System.Threading.Tasks;

        """;

    private const string SupportCoreSource = """
        using System.Threading.Tasks;
        using Aims;
        using Microsoft.Extensions.AI;

        [assembly: System.Reflection.AssemblyVersion("3.1.0.0")]
        [assembly: AiControlApplicability("A.10.4", false, Justification = "Support.Core serves no customers directly")]

        namespace Support.Core;

        [AiSystem("triage-bot", Name = "Ticket triage", Purpose = "Routes incoming tickets to the right queue",
            Owner = "Support Platform", Risk = AiRiskLevel.Minimal, ImpactAssessment = "IA-2025-07", ServesPeopleDirectly = false)]
        [AiModel("Azure OpenAI", "gpt-4o-2024-08-06", Hosting = AiModelHosting.Api, SupplierAgreement = "MSFT-DPA-2025",
            ModelCardUri = "https://learn.microsoft.com/azure/ai-services/openai/concepts/models")]
        [DataSource("ticket-queue", Usage = DataUsage.Inference, ContainsPersonalData = false)]
        [DataSource("routing-golden-set", Usage = DataUsage.Evaluation, ContainsPersonalData = false)]
        [AiEvaluation("routing-accuracy", Threshold = 0.85, Dataset = "routing-golden-set", TestReference = "TriageTests.Routing", Date = "2025-03-01")]
        [AiRisk("R-7", "Urgent ticket routed to a slow queue", AiRiskTreatment.Mitigate, Controls = new[] { "A.9.2" })]
        [AiEventLogging("routing decisions", RetentionDays = 180)]
        public sealed class TriageBot(IChatClient chat)
        {
            public Task<ChatResponse> RouteAsync(string ticket) => chat.GetResponseAsync("Route: " + ticket);
        }
        """;

    private static FixtureProject Fraud(string assembly, string owner) => new(
        assembly,
        [("AssemblyInfo.cs", Version("1.0.0.0")), ("Scoring/FraudScorer.cs", $$"""
            using System.Threading.Tasks;
            using Aims;
            using Microsoft.Extensions.AI;

            namespace {{assembly}};

            [AiSystem("fraud-scorer", Purpose = "Scores payments for fraud", Owner = "{{owner}}", Risk = AiRiskLevel.High, ServesPeopleDirectly = false)]
            [HumanOversight(OversightMode.HumanOnTheLoop, Reviewer = "Fraud analyst")]
            public sealed class FraudScorer(IChatClient chat)
            {
                public Task<ChatResponse> ScoreAsync(string payment) => chat.GetResponseAsync("Score: " + payment);
            }
            """)]);

    private static string Version(string version) => $"[assembly: System.Reflection.AssemblyVersion(\"{version}\")]\n";

    /// <summary>The C# files of a folder of the repository, by file name.</summary>
    private static IEnumerable<(string Path, string Source)> SourcesOf(string folder) =>
        Directory.GetFiles(RepositoryRoot.Combine(folder), "*.cs").Order(StringComparer.Ordinal).Select(path => (Path.GetFileName(path), File.ReadAllText(path)));
}
