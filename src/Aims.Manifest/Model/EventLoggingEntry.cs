namespace Aims.Manifest.Model;

internal sealed record EventLoggingEntry(string? Events, int? RetentionDays, SourceLocation? DeclaredAt);
