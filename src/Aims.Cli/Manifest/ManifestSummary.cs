using System.Collections.Generic;

namespace Aims.Cli.Manifest;

/// <summary>The counts at the end of a manifest.</summary>
internal sealed record ManifestSummary(
    int Systems,
    IReadOnlyList<NamedCount> ByRisk,
    IReadOnlyList<NamedCount> ByControlStatus,
    CallSiteCounts CallSites,
    IReadOnlyList<FindingCount> OpenFindings);
