using System.Collections.Generic;

namespace Aims.Manifest.Model;

/// <summary>An AI system as a manifest lists it: its declaration, its facts the AI calls it covers and the tools it hands to models (null when unknown).</summary>
internal sealed record AiSystem(
    string Id,
    string? DeclaredIn,
    string? Name,
    string? Purpose,
    string? Owner,
    string Risk,
    string? LifecycleStage,
    bool ServesPeopleDirectly,
    string? ImpactAssessment,
    SourceLocation? DeclaredAt,
    IReadOnlyList<SourceLocation> Pieces,
    IReadOnlyList<ModelEntry> Models,
    IReadOnlyList<DataSourceEntry> DataSources,
    IReadOnlyList<OversightEntry> HumanOversight,
    IReadOnlyList<DisclosureEntry> Disclosures,
    IReadOnlyList<EventLoggingEntry> EventLogging,
    IReadOnlyList<EvaluationEntry> Evaluations,
    IReadOnlyList<RiskEntry> Risks,
    IReadOnlyList<CallSite>? CallSites,
    IReadOnlyList<ToolEntry>? Tools);
