using Aims.Cli.Governance;
using Aims.Manifest.Model;
using Aims.Manifest.Vocabulary;
using ManifestModel = Aims.Manifest.Model.ManifestDocument;

namespace Aims.Cli.Tests.Performance;

/// <summary>
/// Synthetic schemaVersion 2.0 manifests of an organisation's services for the scale tests and the measurements in
/// the performance notes: each service declares its own systems, every tenth joins a shared assistant declared by
/// the first, and each has an undeclared call, findings and all 38 controls.
/// </summary>
internal static class SyntheticInventory
{
    public const string SharedSystem = "shared-assistant";

    public static string AssemblyOf(int service) => $"Contoso.Service{service:D4}";

    public static ManifestModel Service(int service, int systemsPerService = 3, int callsPerSystem = 4)
    {
        var assembly = AssemblyOf(service);
        var systems = Enumerable.Range(0, systemsPerService).Select(i => System($"svc{service:D4}-system{i}", assembly, $"System{i}.cs", callsPerSystem)).ToList();
        if (service == 0)
        {
            systems.Add(System(SharedSystem, assembly, "Shared/Assistant.cs", callsPerSystem));
        }
        else if (service % 10 == 1)
        {
            // A join: the declaration and its facts are copies from the declaring assembly's metadata.
            systems.Add(System(SharedSystem, AssemblyOf(0), "Assistant/Piece.cs", callsPerSystem, copiedFrom: AssemblyOf(0)) with
            {
                DeclaredAt = new SourceLocation(AssemblyOf(0), null, null, "Contoso.Shared.Assistant"),
                Pieces = [new SourceLocation(null, "Assistant/Piece.cs", 5, $"{assembly}.AssistantPiece")],
            });
        }

        systems.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        CallSite[] undeclared = [new(null, "Legacy/Scorer.cs", 17, "Scorer.Score", "ChatClient.CompleteChat", "OpenAI", "OpenAI", "Chat", AiCallKinds.ModelCategory, true)];
        var controls = AnnexA.Controls.Select((c, i) => new ControlEntry(
            c.Id, c.Group, c.Title,
            i % 3 == 0 ? ControlStatus.Gap : ControlStatus.Evidenced,
            [],
            null,
            systems.Select((s, j) => new SystemControlStatus(s.Id, i % 3 == 0 && j == 0 ? ControlStatus.Gap : ControlStatus.Evidenced, $"evidence for {c.Id}")).ToList())).ToList();
        Finding[] findings = [new(null, "AIMS001", "warning", "Legacy/Scorer.cs", 17, "'Scorer.Score' calls 'ChatClient.CompleteChat' (OpenAI) but no [AiSystem] or [PartOfAiSystem] covers it", null)];
        return new ManifestModel(
            ManifestModel.CurrentSchemaVersion,
            new NameAndVersion("Aims.Analyzers", "0.1.0"),
            new NameAndVersion(assembly, "1.0.0.0"),
            "4f2a9c1",
            "Recommended",
            new ManifestEvidence(EvidenceSource.Build, "SARIF 2.1.0", null, []),
            null,
            systems,
            undeclared,
            [],
            [],
            controls,
            findings,
            Aims.Manifest.ManifestSummaries.Of(systems, undeclared, [], controls, findings));
    }

    /// <summary>One manifest with <paramref name="systems"/> systems, for a report of a large inventory.</summary>
    public static ManifestModel Large(int systems) => Service(0, systems) with { Assembly = new NameAndVersion("Contoso.Monolith", "1.0.0.0") };

    /// <summary>Writes the manifests of <paramref name="services"/> services into <paramref name="folder"/> and returns their paths.</summary>
    public static IReadOnlyList<string> WriteServices(string folder, int services) => Enumerable.Range(0, services)
        .Select(i => Harness.Fixtures.Write(Service(i), Path.Combine(folder, $"{AssemblyOf(i)}.aims.json")))
        .ToList();

    private static AiSystem System(string id, string declaredIn, string file, int calls, string? copiedFrom = null) => new(
        id,
        declaredIn,
        $"System {id}",
        "Answers questions about orders",
        "Platform Team",
        RiskTier.All[Math.Abs(id.GetHashCode(StringComparison.Ordinal)) % 4 + 1],
        "Deployment",
        true,
        "IA-2025-01",
        new SourceLocation(null, file, 9, $"Contoso.{id}"),
        [],
        [new ModelEntry("OpenAI", "gpt-4o-2024-08-06", null, "Api", "OPENAI-DPA", null, "declared", true, null, At(file, 10, copiedFrom))],
        [new DataSourceEntry("orders", "Grounding", true, "Contract", At(file, 11, copiedFrom))],
        [new OversightEntry("HumanInTheLoop", "Support agent", At(file, 12, copiedFrom))],
        [new DisclosureEntry("ConversationalAgent", "You are chatting with an AI assistant", null, At(file, 13, copiedFrom))],
        [new EventLoggingEntry("prompts and answers", 180, At(file, 14, copiedFrom))],
        [new EvaluationEntry("answer-accuracy", 0.9, "golden-orders", "TEST-1", "2025-05-01", At(file, 15, copiedFrom))],
        [new RiskEntry("R-1", "Wrong order status", "Mitigate", null, ["A.9.2"], null, At(file, 16, copiedFrom))],
        Enumerable.Range(0, calls).Select(c => new CallSite(null, file, 20 + c, $"{id}.Ask{c}", "IChatClient.GetResponseAsync", "Microsoft.Extensions.AI", null, "Chat", AiCallKinds.ModelCategory, true)).ToList(),
        [new ToolEntry(null, file, 19, $"{id}.Tools", "get_order", nameof(AiToolKind.Function), "Microsoft.Extensions.AI", "AIFunctionFactory.Create", $"{id}.GetOrder", nameof(AiToolEffect.ReadOnly), "its name begins with 'get'", false)]);

    private static SourceLocation At(string file, int line, string? copiedFrom) =>
        copiedFrom is null ? new SourceLocation(null, file, line, null) : new SourceLocation(copiedFrom, null, null, null);
}
