using System;
using System.Collections.Generic;
using System.Linq;
using Aims.Cli.Governance;
using Aims.Manifest.Model;
using Aims.Manifest.Vocabulary;
using Aims.Cli.Inputs;

namespace Aims.Cli.Report;

/// <summary>
/// The Annex A coverage of each system. A system's cell is the status that the manifest of the assembly declaring it
/// gives the control (for a system declared nowhere, or in an assembly not in the inventory: the least of the manifests
/// it appears in). A control decided system by system gives each system its own status; any other control's status is
/// every system's.
/// </summary>
internal sealed class CoverageMatrix
{
    private readonly ILookup<string, IReadOnlyDictionary<string, ControlEntry>> _controlsByAssembly;
    private readonly string _ownAssembly;

    public CoverageMatrix(ManifestDocument manifest, IReadOnlyList<ControlEntry> controls)
    {
        Systems = manifest.Systems;
        Controls = controls;
        _ownAssembly = manifest.Assembly.Name;
        _controlsByAssembly = (manifest.ControlsBySource ?? [new SourceControls(manifest.Assembly.Name, manifest.KnownControls())])
            .ToLookup(s => s.Assembly, s => (IReadOnlyDictionary<string, ControlEntry>)AnnexA.Complete(s.Controls).ToDictionary(c => c.Id, StringComparer.Ordinal), StringComparer.Ordinal);
    }

    public IReadOnlyList<AiSystem> Systems { get; }

    public IReadOnlyList<ControlEntry> Controls { get; }

    public string StatusOf(AiSystem system, ControlEntry control)
    {
        var statuses = AssembliesSpeakingFor(system)
            .SelectMany(assembly => _controlsByAssembly[assembly])
            .Select(controls => controls.TryGetValue(control.Id, out var own) ? StatusIn(own, system) : ControlStatus.Gap)
            .ToList();
        return statuses.Count == 0 ? control.Status : ControlStatus.Worst(statuses);
    }

    /// <summary>The assembly that declares the system, or else those it appears in (by a piece or a call).</summary>
    private IEnumerable<string> AssembliesSpeakingFor(AiSystem system) =>
        system.DeclaredIn is { } declaredIn && _controlsByAssembly.Contains(declaredIn)
            ? [declaredIn]
            : system.Pieces.Select(p => p.Assembly).Concat(system.KnownCallSites().Select(c => c.Assembly))
                .Select(assembly => assembly ?? _ownAssembly)
                .Distinct(StringComparer.Ordinal)
                .Where(_controlsByAssembly.Contains);

    /// <summary>An excluded or not applicable control is so for every system; an evidenced or gap one as each system's part says.</summary>
    private static string StatusIn(ControlEntry control, AiSystem system) =>
        control.Status is ControlStatus.Excluded or ControlStatus.NotApplicable
            ? control.Status
            : control.Systems?.FirstOrDefault(s => s.Id == system.Id)?.Status ?? control.Status;
}
