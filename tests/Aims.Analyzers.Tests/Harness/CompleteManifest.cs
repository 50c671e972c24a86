using Aims.Manifest;
using Aims.Manifest.Model;
using Aims.Manifest.Vocabulary;

namespace Aims.Analyzers.Tests.Harness;

/// <summary>
/// A manifest in which every field the model has is set and every list has an entry, the merge extensions included:
/// what the writer writes of it is every field the manifest can have.
/// </summary>
internal static class CompleteManifest
{
    public static ManifestDocument Create()
    {
        var at = new SourceLocation("Contoso.App", "Assistant.cs", 12, "Contoso.Assistant");
        var call = new CallSite("Contoso.App", "Assistant.cs", 20, "Assistant.AskAsync", "IChatClient.GetResponseAsync", "Microsoft.Extensions.AI", "OpenAI", "Chat", AiCallKinds.ModelCategory, true);
        var tool = new ToolEntry("Contoso.App", "Assistant.cs", 30, "Assistant.AskAsync", "send_email", nameof(AiToolKind.Function), "Microsoft.Extensions.AI", "AIFunctionFactory.Create", "Assistant.SendEmail(string)", nameof(AiToolEffect.Acting), "its name begins with 'send'", true);
        var system = new AiSystem(
            "assistant", "Contoso.App", "Assistant", "Answers questions", "Support", "Limited", "Deployment", true, "IA-1", at,
            [new SourceLocation("Contoso.Shared", null, null, "Contoso.Shared.Piece")],
            [new ModelEntry("OpenAI", "gpt-4o-2024-08-06", "2024-08-06", "Api", "DPA-1", "https://example.com/card", ModelEntry.Declared, true, "OpenAI", at)],
            [new DataSourceEntry("tickets", "Grounding", true, "Contract", at)],
            [new OversightEntry("HumanInTheLoop", "Agent", at)],
            [new DisclosureEntry("ConversationalAgent", "You talk to an AI", "banner", at)],
            [new EventLoggingEntry("answers", 90, at)],
            [new EvaluationEntry("accuracy", 0.9, "golden", "T-1", "2025-01-01", at)],
            [new RiskEntry("R-1", "Wrong answer", "Mitigate", "Head of support", ["A.9.2"], "2025-06-01", at)],
            [call],
            [tool]);
        var controls = AnnexAControls.All
            .Select(c => new ControlEntry(c.Id, c.Group, c.Title, ControlStatus.Evidenced, ["a line"], "why", [new SystemControlStatus("assistant", ControlStatus.Evidenced, "owner 'Support'")]))
            .ToList();
        var finding = new Finding("Contoso.App", "AIMS001", FindingSeverity.Warning, "Assistant.cs", 20, "message", new Suppression(SuppressionKind.Suppressor, "reviewed", "SUP1"));
        ManifestDocument manifest = new(
            ManifestDocument.CurrentSchemaVersion,
            new NameAndVersion("Aims.Cli", "1.0.0"),
            new NameAndVersion("org", "0.0.0.0"),
            "4f2a9c1",
            AnalysisModes.Strict,
            new ManifestEvidence(EvidenceSource.Build, "SARIF 2.1.0", "nothing", ["AIMS020"]),
            new ManagementSystem("Contoso", "Support AI", "POL-1", "https://example.com/policy", "ai@example.com", at),
            [system],
            [call],
            [tool],
            [new ApplicabilityEntry("A.10.4", false, "No customers", "EV-1", at)],
            controls,
            [finding],
            ManifestSummaries.Of([system], [call], [tool], controls, [finding]))
        {
            Policy = new PolicyEntry("Contoso AI policy", "2026.1", new string('a', 64), null),
            Sources = [new SourceManifest("Contoso.App", "1.0.0.0", "4f2a9c1") { Policy = new PolicyEntry(null, null, null, "the document is not valid JSON") }],
            DuplicateSystems = [new DuplicateSystem("assistant", ["Contoso.App", "Contoso.Web"])],
            ControlsBySource = [new SourceControls("Contoso.App", controls)],
        };
        return manifest with { Summary = manifest.Summary with { Waivers = [new NamedCount("AIMS001", 1)] } };
    }
}
