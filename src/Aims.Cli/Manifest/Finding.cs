namespace Aims.Cli.Manifest;

/// <summary>A diagnostic the build reported, with its effective severity.</summary>
internal sealed record Finding(string? Assembly, string Id, string Severity, string? Path, int? Line, string Message);
