using System.Collections.Generic;

namespace Aims.Manifest.Model;

/// <summary>
/// The counts an auditor reads first. What depends on the AI calls (controls, call sites, tools, findings) is null in a
/// manifest of declarations only.
/// </summary>
internal sealed record ManifestSummary(
    int Systems,
    IReadOnlyList<NamedCount> ByRisk,
    IReadOnlyList<NamedCount>? ByControlStatus,
    CallSiteCounts? CallSites,
    ToolCounts? Tools,
    IReadOnlyList<FindingCount>? OpenFindings,
    IReadOnlyList<NamedCount>? Waivers);
