using System;
using System.Collections.Generic;
using System.Linq;
using Aims.Cli.Governance;
using Aims.Cli.Manifest;

namespace Aims.Cli.Merge;

/// <summary>
/// Combines the control statuses of many manifests without re-deriving them (the rules live in the analyzer):
/// only manifests that use AI (a system, or an undeclared AI call) count, unless none does; a control is a gap if it is
/// a gap in any of them, else excluded if excluded in any, else evidenced if evidenced in any, else not applicable. So
/// a control is evidenced only if every counted manifest evidences it or finds it not applicable, and a gap stays a gap.
/// The evidence and justifications are those of the manifests with the combined status, each prefixed with its assembly.
/// </summary>
internal sealed class ControlCombiner
{
    private static readonly string[] Precedence = [ControlStatus.Gap, ControlStatus.Excluded, ControlStatus.Evidenced, ControlStatus.NotApplicable];

    private readonly List<Contribution> _usingAi = [];
    private readonly List<Contribution> _withoutAi = [];

    public void Add(Manifest.Manifest manifest)
    {
        var prefix = manifest.Sources is null ? manifest.Assembly.Name + ": " : "";
        var contribution = new Contribution(
            manifest.Assembly.Name,
            prefix,
            manifest.Controls.ToDictionary(c => c.Id, StringComparer.Ordinal));
        (manifest.Systems.Count > 0 || manifest.UndeclaredUsages.Count > 0 ? _usingAi : _withoutAi).Add(contribution);
    }

    public IReadOnlyList<ControlEntry> Combine()
    {
        var counted = (_usingAi.Count > 0 ? _usingAi : _withoutAi).OrderBy(c => c.Assembly, StringComparer.Ordinal).ToList();
        var ids = AnnexA.Controls.Select(c => c.Id)
            .Concat(counted.SelectMany(c => c.Controls.Keys).Where(id => AnnexA.OrderOf(id) == int.MaxValue).Distinct().Order(StringComparer.Ordinal));
        return ids.Select(id => CombineOne(id, counted)).ToList();
    }

    private static ControlEntry CombineOne(string id, List<Contribution> counted)
    {
        var statuses = counted.Select(c => (c.Prefix, Control: c.Controls.GetValueOrDefault(id) ?? Missing(id))).ToList();
        var known = AnnexA.Controls.FirstOrDefault(c => c.Id == id);
        var status = Precedence.FirstOrDefault(p => statuses.Any(s => Normalized(s.Control.Status) == p)) ?? ControlStatus.NotApplicable;
        var sharing = statuses.Where(s => Normalized(s.Control.Status) == status).ToList();
        var justifications = sharing.Where(s => s.Control.Justification is not null).Select(s => s.Prefix + s.Control.Justification).ToList();
        return new ControlEntry(
            id,
            known?.Group ?? statuses.Select(s => s.Control.Group).FirstOrDefault() ?? "",
            known?.Title ?? statuses.Select(s => s.Control.Title).FirstOrDefault() ?? id,
            status,
            sharing.SelectMany(s => s.Control.Evidence.Select(line => s.Prefix + line)).ToList(),
            justifications.Count == 0 ? null : string.Join("; ", justifications));
    }

    /// <summary>A status this tool does not know is not evidence: it counts as a gap.</summary>
    private static string Normalized(string status) => ControlStatus.All.Contains(status) ? status : ControlStatus.Gap;

    /// <summary>A manifest that does not list a control has no evidence for it.</summary>
    private static ControlEntry Missing(string id) =>
        new(id, "", "", ControlStatus.Gap, ["the manifest does not list this control"], null);

    private sealed record Contribution(string Assembly, string Prefix, Dictionary<string, ControlEntry> Controls);
}
