namespace Aims.Manifest.Model;

/// <summary>A Statement-of-Applicability entry, [assembly: AiControlApplicability].</summary>
internal sealed record ApplicabilityEntry(string ControlId, bool Applicable, string? Justification, string? Evidence, SourceLocation? DeclaredAt);
