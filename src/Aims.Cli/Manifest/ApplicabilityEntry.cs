namespace Aims.Cli.Manifest;

/// <summary>A Statement-of-Applicability entry, <c>[assembly: AiControlApplicability]</c>, as declared.</summary>
internal sealed record ApplicabilityEntry(
    string ControlId,
    bool Applicable,
    string? Justification,
    string? Evidence,
    SourceLocation? DeclaredAt);
