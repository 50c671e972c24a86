using System;
using System.Collections.Generic;
using Aims.Cli.Manifest;

namespace Aims.Cli.Report;

/// <summary>
/// Which systems a gap names, read the way the generator writes a control it decides system by system
/// (src/Aims.Analyzers/Manifest/ControlEvaluator.cs): one line "&lt;system id&gt;: &lt;what is missing&gt;" for each
/// system that lacks the fact, and no line for a system that has it. A gap with any other line (an undeclared call, the
/// management system, the Statement of Applicability, an organisational control) is not about particular systems.
/// CoverageMatrixTests checks this reading against the generator's own manifests.
/// </summary>
internal sealed class PerSystemGaps(IReadOnlySet<string> systemIds)
{
    /// <summary>The generator's subject for lines about the management system ("AiManagementSystem: no IncidentContact").</summary>
    private const string ManagementSystemSubject = "AiManagementSystem";

    private readonly Dictionary<ControlEntry, IReadOnlySet<string>?> _named = new(ReferenceEqualityComparer.Instance);

    /// <summary>The systems a gap names, or null when a line of it is about something other than one system.</summary>
    public IReadOnlySet<string>? SystemsNamed(ControlEntry gap)
    {
        if (!_named.TryGetValue(gap, out var named))
        {
            _named.Add(gap, named = Read(gap.Evidence));
        }

        return named;
    }

    private HashSet<string>? Read(IReadOnlyList<string> lines)
    {
        var named = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            var colon = line.IndexOf(": ", StringComparison.Ordinal);
            var subject = colon > 0 ? line[..colon] : null;
            if (subject is null or ManagementSystemSubject || !systemIds.Contains(subject))
            {
                return null;
            }

            named.Add(subject);
        }

        return named.Count > 0 ? named : null;
    }
}
