namespace Aims.Analyzers.Manifest;

/// <summary>What the manifest says of an Annex A control.</summary>
internal enum ControlStatus
{
    Evidenced,
    Gap,
    Excluded,
    NotApplicable,
}

/// <summary>A control's status with the evidence (or the missing evidence, for a gap) and a justification for an exclusion.</summary>
internal sealed record ControlResult(ControlStatus Status, System.Collections.Generic.IReadOnlyList<string> Evidence, string? Justification = null);
