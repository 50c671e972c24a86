using System;
using System.Collections.Generic;
using System.Linq;
using Aims.Manifest.Model;
using Aims.Manifest.Vocabulary;

namespace Aims.Cli.Governance;

/// <summary>
/// The 38 controls of ISO/IEC 42001:2023 Annex A in Annex A order, from the analyzers' own table
/// (<see cref="AnnexAControls"/>), and how a manifest's controls are completed against it.
/// </summary>
internal static class AnnexA
{
    /// <summary>What stands for the evidence of a control that a manifest does not list: nothing, so a gap.</summary>
    public const string NotListed = "the manifest does not list this control";

    private static readonly Dictionary<string, int> OrderById =
        AnnexAControls.All.Select((control, index) => (control.Id, index)).ToDictionary(x => x.Id, x => x.index, StringComparer.Ordinal);

    public static IReadOnlyList<AnnexAControl> Controls => AnnexAControls.All;

    /// <summary>The position of a control in Annex A; unknown ids sort after the known ones.</summary>
    public static int OrderOf(string controlId) => OrderById.TryGetValue(controlId, out var order) ? order : int.MaxValue;

    /// <summary>
    /// The 38 controls in Annex A order as a manifest lists them (the first entry of an id), a control it does not list
    /// as a gap, and then the other ids it lists, by id.
    /// </summary>
    public static IReadOnlyList<ControlEntry> Complete(IReadOnlyList<ControlEntry> listed)
    {
        var byId = new Dictionary<string, ControlEntry>(StringComparer.Ordinal);
        foreach (var control in listed)
        {
            byId.TryAdd(control.Id, control);
        }

        return Controls
            .Select(c => byId.GetValueOrDefault(c.Id) ?? new ControlEntry(c.Id, c.Group, c.Title, ControlStatus.Gap, [NotListed], null, null))
            .Concat(byId.Values.Where(c => OrderOf(c.Id) == int.MaxValue).OrderBy(c => c.Id, StringComparer.Ordinal))
            .ToList();
    }
}
