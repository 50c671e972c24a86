using System.Collections.Generic;
using System.Linq;
using Aims.Manifest.Model;
using Aims.Manifest.Vocabulary;

namespace Aims.Cli.Governance;

/// <summary>A control's evidence as lines people read: its own lines, then each system's part ("id: evidence").</summary>
internal static class ControlLines
{
    /// <summary>For a gap, only the systems that lack the fact; otherwise every system's evidence.</summary>
    public static IReadOnlyList<string> Of(ControlEntry control) =>
        control.Evidence
            .Concat((control.Systems ?? [])
                .Where(system => !ControlStatus.IsGapOrUnknown(control.Status) || ControlStatus.IsGapOrUnknown(system.Status))
                .Select(system => $"{system.Id}: {system.Evidence}"))
            .ToList();
}
