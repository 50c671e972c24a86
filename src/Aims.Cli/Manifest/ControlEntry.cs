using System.Collections.Generic;

namespace Aims.Cli.Manifest;

/// <summary>An Annex A control with its status and the evidence (or the gaps) behind it.</summary>
internal sealed record ControlEntry(
    string Id,
    string Group,
    string Title,
    string Status,
    IReadOnlyList<string> Evidence,
    string? Justification);
