using System.Collections.Generic;

namespace Aims.Manifest.Model;

/// <summary>
/// An Annex A control with its status, the evidence (or the gaps) that are not about one system, the justification of
/// an exclusion, and, for a control decided system by system, each system's own status (null otherwise).
/// </summary>
internal sealed record ControlEntry(
    string Id,
    string Group,
    string Title,
    string Status,
    IReadOnlyList<string> Evidence,
    string? Justification,
    IReadOnlyList<SystemControlStatus>? Systems);
