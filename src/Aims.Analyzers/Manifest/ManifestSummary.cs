using System;
using System.Linq;
using Aims.Analyzers.Declarations;
using Aims.Analyzers.Detection;

namespace Aims.Analyzers.Manifest;

/// <summary>
/// The summary an auditor reads first: systems by risk tier, controls by status, AI calls by category, and the open
/// findings exactly as the build reports them (rule and effective severity), never a second reading of the facts.
/// </summary>
internal static class ManifestSummary
{
    public static void Write(JsonWriter json, ManifestContent content)
    {
        json.StartObject("summary");
        json.Number("systems", content.Systems.Count);
        json.StartObject("byRisk");
        foreach (var risk in GovernanceEnums.AiRiskLevel.Members)
        {
            json.Number(risk, content.Systems.Count(system => system.Node.Risk == risk));
        }

        json.EndObject();
        json.StartObject("byControlStatus");
        foreach (var status in new[] { ControlStatus.Evidenced, ControlStatus.Gap, ControlStatus.Excluded, ControlStatus.NotApplicable })
        {
            json.Number(ManifestWriter.StatusName(status), content.Controls.Count(control => control.Result.Status == status));
        }

        json.EndObject();
        var sites = content.Systems.SelectMany(system => system.CallSites).Concat(content.UndeclaredUsages).ToList();
        json.StartObject("callSites");
        json.Number("model", sites.Count(site => site.Category == AiCallCategory.Model));
        json.Number("service", sites.Count(site => site.Category == AiCallCategory.Service));
        json.Number("undeclared", content.UndeclaredUsages.Count);
        json.EndObject();
        json.StartArray("openFindings");
        foreach (var group in content.Findings.GroupBy(finding => (finding.Rule.Id, finding.SeverityName)).OrderBy(group => group.Key.Id, StringComparer.Ordinal).ThenBy(group => group.Key.SeverityName, StringComparer.Ordinal))
        {
            json.StartObject();
            json.String("id", group.Key.Id);
            json.String("severity", group.Key.SeverityName);
            json.Number("count", group.Count());
            json.EndObject();
        }

        json.EndArray();
        json.EndObject();
    }
}
