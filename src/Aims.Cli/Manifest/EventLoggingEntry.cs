namespace Aims.Cli.Manifest;

/// <summary>An <c>[AiEventLogging]</c> declaration.</summary>
internal sealed record EventLoggingEntry(string? Events, int? RetentionDays, SourceLocation? DeclaredAt);
