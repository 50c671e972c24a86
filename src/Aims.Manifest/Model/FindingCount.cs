namespace Aims.Manifest.Model;

internal sealed record FindingCount(string Id, string Severity, int Count);
