using System;
using System.Collections.Generic;
using System.Linq;
using Aims.Manifest.Model;
using Aims.Manifest.Vocabulary;

namespace Aims.Manifest;

/// <summary>
/// The summary of a manifest, counted from its facts: systems by risk tier, controls by status, AI calls by category,
/// tools by effect, and the findings as the build reported them (open ones by rule and severity, waived ones by rule).
/// </summary>
internal static class ManifestSummaries
{
    public static ManifestSummary Of(
        IReadOnlyList<AiSystem> systems,
        IReadOnlyList<CallSite>? undeclaredUsages,
        IReadOnlyList<ToolEntry>? undeclaredTools,
        IReadOnlyList<ControlEntry>? controls,
        IReadOnlyList<Finding>? findings)
    {
        var byRisk = GovernanceEnums.AiRiskLevel.Members
            .Select(risk => new NamedCount(risk, systems.Count(system => system.Risk == risk)))
            .ToList();
        var byStatus = controls is null ? null : ControlStatus.All.Select(status => new NamedCount(status, controls.Count(control => control.Status == status))).ToList();
        CallSiteCounts? callSites = null;
        if (undeclaredUsages is not null)
        {
            var sites = systems.SelectMany(system => system.CallSites ?? Array.Empty<CallSite>()).Concat(undeclaredUsages).ToList();
            callSites = new CallSiteCounts(
                sites.Count(site => site.Category == AiCallKinds.ModelCategory),
                sites.Count(site => site.Category == AiCallKinds.ServiceCategory),
                undeclaredUsages.Count);
        }

        ToolCounts? tools = null;
        if (undeclaredTools is not null)
        {
            var all = systems.SelectMany(system => system.Tools ?? Array.Empty<ToolEntry>()).Concat(undeclaredTools).ToList();
            var acting = all.Where(tool => tool.Effect == nameof(AiToolEffect.Acting)).ToList();
            tools = new ToolCounts(all.Count, acting.Count, acting.Count(tool => !tool.ApprovalRequired), undeclaredTools.Count);
        }

        var open = findings?
            .Where(finding => !finding.IsWaived)
            .GroupBy(finding => (finding.Id, finding.Severity))
            .OrderBy(group => group.Key.Id, StringComparer.Ordinal)
            .ThenBy(group => group.Key.Severity, StringComparer.Ordinal)
            .Select(group => new FindingCount(group.Key.Id, group.Key.Severity, group.Count()))
            .ToList();
        var waivers = findings?
            .Where(finding => finding.IsWaived)
            .GroupBy(finding => finding.Id)
            .OrderBy(group => group.Key, StringComparer.Ordinal)
            .Select(group => new NamedCount(group.Key, group.Count()))
            .ToList();
        return new ManifestSummary(systems.Count, byRisk, byStatus, callSites, tools, open, waivers);
    }
}
