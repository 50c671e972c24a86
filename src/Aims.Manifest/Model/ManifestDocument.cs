using System.Collections.Generic;

namespace Aims.Manifest.Model;

/// <summary>
/// One manifest (docs/manifest.md, docs/schema/aims-manifest.schema.json): what a build showed of an assembly's AI
/// systems, AI calls, tools handed to models, Annex A controls and findings, or an organisation inventory that <c>aims merge</c> made of many
/// (which adds <see cref="Sources"/>, <see cref="DuplicateSystems"/> and <see cref="ControlsBySource"/>). What the
/// manifest cannot know is null: the AI calls, tools, controls and findings of a manifest whose <see cref="Evidence"/> is
/// declarations only.
/// </summary>
internal sealed record ManifestDocument(
    string SchemaVersion,
    NameAndVersion Generator,
    NameAndVersion Assembly,
    string? SourceRevision,
    string AnalysisMode,
    ManifestEvidence Evidence,
    ManagementSystem? ManagementSystem,
    IReadOnlyList<AiSystem> Systems,
    IReadOnlyList<CallSite>? UndeclaredUsages,
    IReadOnlyList<ToolEntry>? UndeclaredTools,
    IReadOnlyList<ApplicabilityEntry> StatementOfApplicability,
    IReadOnlyList<ControlEntry>? Controls,
    IReadOnlyList<Finding>? Findings,
    ManifestSummary Summary)
{
    /// <summary>The version this library writes; readers accept any 3.x.</summary>
    public const string CurrentSchemaVersion = "3.2";

    /// <summary>
    /// The assemblies the project runs with that call AI, from their IL; null where they were not scanned (a manifest of
    /// declarations only, one read from a binary, or one written before dependencies were scanned).
    /// </summary>
    public IReadOnlyList<DependencyEntry>? Dependencies { get; init; }

    /// <summary>
    /// The AI policy the build applied (docs/policy.md); null where none did, and in a merged inventory whose sources did
    /// not all apply the same one (each source says which). Its verdicts are the findings of its rules.
    /// </summary>
    public PolicyEntry? Policy { get; init; }

    /// <summary>The project manifests a merged inventory was made from; null in a project's own manifest.</summary>
    public IReadOnlyList<SourceManifest>? Sources { get; init; }

    /// <summary>System ids that more than one merged assembly declares; null in a project's own manifest.</summary>
    public IReadOnlyList<DuplicateSystem>? DuplicateSystems { get; init; }

    /// <summary>The controls of each merged assembly whose controls were combined; null in a project's own manifest.</summary>
    public IReadOnlyList<SourceControls>? ControlsBySource { get; init; }

    /// <summary>Whether the AI calls, findings and controls are known: false for a manifest of declarations only.</summary>
    public bool HasBuildEvidence => UndeclaredUsages is not null;

    /// <summary>The assemblies this manifest speaks for: the merged sources, or its own assembly.</summary>
    public IReadOnlyList<SourceManifest> SourceAssemblies =>
        Sources ?? new[] { new SourceManifest(Assembly.Name, Assembly.Version, SourceRevision) { Policy = Policy } };
}
