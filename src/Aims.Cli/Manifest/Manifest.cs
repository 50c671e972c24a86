using System.Collections.Generic;

namespace Aims.Cli.Manifest;

/// <summary>
/// One manifest of schemaVersion 2.x (docs/manifest.md), as a project's build writes it or as <c>aims merge</c> writes
/// an organisation inventory (which adds <see cref="Sources"/>, <see cref="DuplicateSystems"/> and
/// <see cref="ControlsBySource"/>).
/// </summary>
internal sealed record Manifest(
    string SchemaVersion,
    NameAndVersion Generator,
    NameAndVersion Assembly,
    string? SourceRevision,
    string AnalysisMode,
    ManagementSystem? ManagementSystem,
    IReadOnlyList<AiSystem> Systems,
    IReadOnlyList<CallSite> UndeclaredUsages,
    IReadOnlyList<ApplicabilityEntry> StatementOfApplicability,
    IReadOnlyList<ControlEntry> Controls,
    IReadOnlyList<Finding> Findings,
    ManifestSummary Summary)
{
    /// <summary>The project manifests a merged inventory was made from; null in a project's own manifest.</summary>
    public IReadOnlyList<SourceManifest>? Sources { get; init; }

    /// <summary>System ids that more than one merged assembly declares; null in a project's own manifest.</summary>
    public IReadOnlyList<DuplicateSystem>? DuplicateSystems { get; init; }

    /// <summary>The controls of each merged assembly whose controls were combined; null in a project's own manifest.</summary>
    public IReadOnlyList<SourceControls>? ControlsBySource { get; init; }

    /// <summary>The assemblies this manifest speaks for: the merged sources, or its own assembly.</summary>
    public IReadOnlyList<SourceManifest> SourceAssemblies =>
        Sources ?? [new SourceManifest(Assembly.Name, Assembly.Version, SourceRevision)];
}
