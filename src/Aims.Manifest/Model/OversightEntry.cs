namespace Aims.Manifest.Model;

internal sealed record OversightEntry(string Mode, string? Reviewer, SourceLocation? DeclaredAt);
