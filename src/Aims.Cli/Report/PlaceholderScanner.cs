using System.Collections.Generic;
using Aims.Manifest.Model;
using Aims.Manifest.Vocabulary;

namespace Aims.Cli.Report;

/// <summary>Finds every governance value of a manifest that is still a placeholder, so a report lists each as a gap.</summary>
internal static class PlaceholderScanner
{
    public static IReadOnlyList<PlaceholderUse> Scan(ManifestDocument manifest)
    {
        var found = new List<PlaceholderUse>();
        void Check(string? system, string field, string? value, SourceLocation? at)
        {
            if (GovernanceValueRules.IsPlaceholder(value))
            {
                found.Add(new PlaceholderUse(system, field, value!, at));
            }
        }

        if (manifest.ManagementSystem is { } ms)
        {
            Check(null, "management system organization", ms.Organization, ms.DeclaredAt);
            Check(null, "management system scope", ms.Scope, ms.DeclaredAt);
            Check(null, "management system policy reference", ms.PolicyReference, ms.DeclaredAt);
            Check(null, "management system policy URI", ms.PolicyUri, ms.DeclaredAt);
            Check(null, "management system incident contact", ms.IncidentContact, ms.DeclaredAt);
        }

        foreach (var s in manifest.Systems)
        {
            Check(s.Id, "name", s.Name, s.DeclaredAt);
            Check(s.Id, "purpose", s.Purpose, s.DeclaredAt);
            Check(s.Id, "owner", s.Owner, s.DeclaredAt);
            Check(s.Id, "impact assessment", s.ImpactAssessment, s.DeclaredAt);
            foreach (var m in s.Models)
            {
                Check(s.Id, "model provider", m.Provider, m.DeclaredAt);
                Check(s.Id, "model id", m.ModelId, m.DeclaredAt);
                Check(s.Id, "model version", m.Version, m.DeclaredAt);
                Check(s.Id, "model supplier agreement", m.SupplierAgreement, m.DeclaredAt);
                Check(s.Id, "model card URI", m.ModelCardUri, m.DeclaredAt);
            }

            foreach (var d in s.DataSources)
            {
                Check(s.Id, "data source", d.Name, d.DeclaredAt);
                Check(s.Id, $"lawful basis of {d.Name}", d.LawfulBasis, d.DeclaredAt);
            }

            foreach (var o in s.HumanOversight)
            {
                Check(s.Id, "oversight reviewer", o.Reviewer, o.DeclaredAt);
            }

            foreach (var d in s.Disclosures)
            {
                Check(s.Id, "disclosure text", d.Text, d.DeclaredAt);
                Check(s.Id, "disclosure mechanism", d.Mechanism, d.DeclaredAt);
            }

            foreach (var e in s.EventLogging)
            {
                Check(s.Id, "logged events", e.Events, e.DeclaredAt);
            }

            foreach (var e in s.Evaluations)
            {
                Check(s.Id, "evaluation metric", e.Metric, e.DeclaredAt);
                Check(s.Id, "evaluation dataset", e.Dataset, e.DeclaredAt);
                Check(s.Id, "evaluation test reference", e.TestReference, e.DeclaredAt);
            }

            foreach (var r in s.Risks)
            {
                Check(s.Id, $"risk {r.Id} description", r.Description, r.DeclaredAt);
                Check(s.Id, $"risk {r.Id} accepted by", r.ResidualRiskAcceptedBy, r.DeclaredAt);
            }
        }

        foreach (var entry in manifest.StatementOfApplicability)
        {
            Check(null, $"{entry.ControlId} justification", entry.Justification, entry.DeclaredAt);
            Check(null, $"{entry.ControlId} evidence", entry.Evidence, entry.DeclaredAt);
        }

        return found;
    }
}
