using System;
using System.Collections.Generic;
using System.Linq;
using Aims.Manifest;
using Aims.Cli.Governance;
using Aims.Manifest.Model;
using Aims.Manifest.Vocabulary;
using Aims.Cli.Inputs;

namespace Aims.Cli.Merge;

/// <summary>
/// Combines the control statuses of many manifests without re-deriving them (the rules live in the analyzer). Each
/// assembly's controls are one contribution (a merged inventory brings those of its sources, which it records); only the
/// contributions of assemblies that use AI (a system, or an undeclared AI call) count, unless none does. A control is
/// <see cref="ControlStatus.Worst"/> of its counted statuses, so a gap stays a gap, and its evidence and justifications
/// are those of the contributions with that status, each prefixed with its assembly and each written once.
/// </summary>
internal sealed class ControlCombiner
{
    private readonly Dictionary<string, ControlContribution> _usingAi = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ControlContribution> _withoutAi = new(StringComparer.Ordinal);

    public void Add(ManifestDocument manifest)
    {
        var target = manifest.Systems.Count > 0 || manifest.KnownUndeclaredUsages().Count > 0 ? _usingAi : _withoutAi;
        var sources = manifest.ControlsBySource ?? [new SourceControls(manifest.Assembly.Name, manifest.KnownControls())];
        foreach (var source in sources)
        {
            var controls = AnnexA.Complete(source.Controls);
            // The same assembly's controls met twice (an inventory merged with its own sources) count once.
            target.TryAdd(
                source.Assembly + "\u0000" + string.Join("\u0000", controls.Select(ManifestWriter.CanonicalText)),
                new ControlContribution(source.Assembly, controls, controls.ToDictionary(c => c.Id, StringComparer.Ordinal)));
        }
    }

    /// <summary>The contributions that count, by assembly: what a merged inventory records as <c>controlsBySource</c>.</summary>
    public IReadOnlyList<SourceControls> Counted() => CountedContributions().Select(c => new SourceControls(c.Assembly, c.Controls)).ToList();

    public IReadOnlyList<ControlEntry> Combine()
    {
        var counted = CountedContributions();
        var ids = AnnexA.Controls.Select(c => c.Id)
            .Concat(counted.SelectMany(c => c.ById.Keys).Where(id => AnnexA.OrderOf(id) == int.MaxValue).Distinct().Order(StringComparer.Ordinal));
        return ids.Select(id => CombineOne(id, counted)).ToList();
    }

    private List<ControlContribution> CountedContributions() => (_usingAi.Count > 0 ? _usingAi : _withoutAi)
        .OrderBy(c => c.Value.Assembly, StringComparer.Ordinal)
        .ThenBy(c => c.Key, StringComparer.Ordinal)
        .Select(c => c.Value)
        .ToList();

    private static ControlEntry CombineOne(string id, List<ControlContribution> counted)
    {
        var statuses = counted.Select(c => (Prefix: c.Assembly + ": ", Control: c.ById.GetValueOrDefault(id) ?? NotListed(id))).ToList();
        var known = AnnexA.Controls.FirstOrDefault(c => c.Id == id);
        var status = ControlStatus.Worst(statuses.Select(s => s.Control.Status));
        var sharing = statuses.Where(s => Same(s.Control.Status, status)).ToList();
        var justifications = sharing.Where(s => s.Control.Justification is not null).Select(s => s.Prefix + s.Control.Justification).Distinct().ToList();
        return new ControlEntry(
            id,
            known?.Group ?? statuses.Select(s => s.Control.Group).FirstOrDefault(g => g.Length > 0) ?? "",
            known?.Title ?? statuses.Select(s => s.Control.Title).FirstOrDefault(t => t.Length > 0) ?? id,
            ControlStatus.IsGapOrUnknown(status) ? ControlStatus.Gap : status,
            sharing.SelectMany(s => s.Control.Evidence.Select(line => s.Prefix + line)).Distinct().ToList(),
            justifications.Count == 0 ? null : string.Join("; ", justifications),
            CombineSystems(statuses.Select(s => (s.Prefix, s.Control)).ToList()));
    }

    /// <summary>
    /// Each system's part of a control decided system by system: the least status any assembly gives it, with that
    /// assembly's evidence; null when no assembly decides the control system by system.
    /// </summary>
    private static IReadOnlyList<SystemControlStatus>? CombineSystems(List<(string Prefix, ControlEntry Control)> contributions)
    {
        var entries = contributions
            .Where(c => c.Control.Systems is not null)
            .SelectMany(c => c.Control.Systems!.Select(system => (c.Prefix, System: system)))
            .ToList();
        if (entries.Count == 0 && contributions.All(c => c.Control.Systems is null))
        {
            return null;
        }

        return entries
            .GroupBy(e => e.System.Id, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g =>
            {
                var status = ControlStatus.Worst(g.Select(e => e.System.Status));
                var first = g.First(e => e.System.Status == status);
                return new SystemControlStatus(g.Key, status, first.Prefix + first.System.Evidence);
            })
            .ToList();
    }

    /// <summary>Two statuses the combination treats alike: an unknown status is a gap.</summary>
    private static bool Same(string status, string combined) =>
        ControlStatus.IsGapOrUnknown(status) ? ControlStatus.IsGapOrUnknown(combined) : status == combined;

    /// <summary>A control one contribution does not list (an id beyond Annex A that another lists) has no evidence there.</summary>
    private static ControlEntry NotListed(string id) => new(id, "", "", ControlStatus.Gap, [AnnexA.NotListed], null, null);
}
