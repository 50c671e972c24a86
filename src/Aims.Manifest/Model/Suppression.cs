namespace Aims.Manifest.Model;

/// <summary>How a finding was suppressed in source (<see cref="Vocabulary.SuppressionKind"/>), the justification written with it, and the id of the DiagnosticSuppressor's suppression.</summary>
internal sealed record Suppression(string Kind, string? Justification, string? SuppressionId);
