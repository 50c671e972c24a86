using System;
using System.Collections.Generic;
using System.Linq;
using Aims.Cli.Governance;
using Aims.Cli.Manifest;

namespace Aims.Cli.Merge;

/// <summary>Counts a manifest's <c>summary</c> from its systems, controls, call sites and findings.</summary>
internal static class SummaryCalculator
{
    public static ManifestSummary Calculate(
        IReadOnlyList<AiSystem> systems, IReadOnlyList<ControlEntry> controls, IReadOnlyList<CallSite> undeclared, IReadOnlyList<Finding> findings)
    {
        var otherRisks = systems.Select(s => s.Risk).Where(r => !RiskTier.All.Contains(r)).Distinct().Order(StringComparer.Ordinal);
        var otherStatuses = controls.Select(c => c.Status).Where(s => !ControlStatus.All.Contains(s)).Distinct().Order(StringComparer.Ordinal);
        // model and service count every call of their category, undeclared ones included, as the generator does.
        var calls = systems.SelectMany(s => s.CallSites).Concat(undeclared).ToList();
        return new ManifestSummary(
            systems.Count,
            RiskTier.All.Concat(otherRisks).Select(risk => new NamedCount(risk, systems.Count(s => s.Risk == risk))).ToList(),
            ControlStatus.All.Concat(otherStatuses).Select(status => new NamedCount(status, controls.Count(c => c.Status == status))).ToList(),
            new CallSiteCounts(
                calls.Count(c => c.Category == CallSite.ModelCategory),
                calls.Count(c => c.Category == CallSite.ServiceCategory),
                undeclared.Count),
            findings
                .GroupBy(f => (f.Id, f.Severity))
                .Select(g => new FindingCount(g.Key.Id, g.Key.Severity, g.Count()))
                .OrderBy(f => f.Id, StringComparer.Ordinal)
                .ThenBy(f => f.Severity, StringComparer.Ordinal)
                .ToList());
    }
}
