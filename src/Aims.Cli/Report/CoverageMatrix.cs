using System;
using System.Collections.Generic;
using System.Linq;
using Aims.Cli.Manifest;

namespace Aims.Cli.Report;

/// <summary>
/// The Annex A coverage of each system. A manifest gives one status per control; for a control that is a gap, the
/// evidence lines name the systems that lack the fact. So a system's cell is the control's status, except that in a gap
/// whose lines name some systems but not this one, this system has the fact (evidenced). A gap that names no system
/// (an organisational control, an undeclared call) is a gap for every system: never more evidence than the manifest states.
/// </summary>
internal sealed class CoverageMatrix
{
    private readonly Dictionary<string, HashSet<string>> _systemsNamedInGap = new(StringComparer.Ordinal);

    public CoverageMatrix(IReadOnlyList<AiSystem> systems, IReadOnlyList<ControlEntry> controls)
    {
        Systems = systems;
        Controls = controls;
        var ids = systems.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var control in controls.Where(c => c.Status == ControlStatus.Gap))
        {
            _systemsNamedInGap[control.Id] = control.Evidence.SelectMany(IdLikeTokens).Where(ids.Contains).ToHashSet(StringComparer.Ordinal);
        }
    }

    public IReadOnlyList<AiSystem> Systems { get; }

    public IReadOnlyList<ControlEntry> Controls { get; }

    public string StatusOf(AiSystem system, ControlEntry control)
    {
        if (control.Status != ControlStatus.Gap)
        {
            return control.Status;
        }

        var named = _systemsNamedInGap[control.Id];
        return named.Count > 0 && !named.Contains(system.Id) ? ControlStatus.Evidenced : ControlStatus.Gap;
    }

    /// <summary>The words of a line that could be system ids (letters, digits, '.', '_', '-'), with and without a final full stop.</summary>
    public static IEnumerable<string> IdLikeTokens(string line)
    {
        var start = -1;
        for (var i = 0; i <= line.Length; i++)
        {
            var inToken = i < line.Length && (char.IsLetterOrDigit(line[i]) || line[i] is '.' or '_' or '-');
            if (inToken && start < 0)
            {
                start = i;
            }
            else if (!inToken && start >= 0)
            {
                var token = line[start..i];
                yield return token;
                if (token.EndsWith('.'))
                {
                    yield return token.TrimEnd('.');
                }

                start = -1;
            }
        }
    }
}
