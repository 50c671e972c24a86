using System.Collections.Generic;

namespace Aims.Cli.Manifest;

/// <summary>The counts at the end of a manifest.</summary>
internal sealed record ManifestSummary(
    int Systems,
    IReadOnlyList<NamedCount> ByRisk,
    IReadOnlyList<NamedCount> ByControlStatus,
    CallSiteCounts CallSites,
    IReadOnlyList<FindingCount> OpenFindings);

/// <summary>A count under a name, in the order the manifest lists them.</summary>
internal sealed record NamedCount(string Name, int Count);

/// <summary>The <c>summary.callSites</c> counts.</summary>
internal sealed record CallSiteCounts(int Model, int Service, int Undeclared);

/// <summary>One <c>summary.openFindings</c> entry.</summary>
internal sealed record FindingCount(string Id, string Severity, int Count);
