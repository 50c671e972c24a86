namespace Aims.Cli.Manifest;

/// <summary>One <c>summary.openFindings</c> entry.</summary>
internal sealed record FindingCount(string Id, string Severity, int Count);
