namespace Aims.Cli.Manifest;

/// <summary>A <c>[HumanOversight]</c> declaration.</summary>
internal sealed record OversightEntry(string Mode, string? Reviewer, SourceLocation? DeclaredAt);
