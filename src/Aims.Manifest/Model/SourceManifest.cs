namespace Aims.Manifest.Model;

/// <summary>An assembly that a merged inventory joins.</summary>
internal sealed record SourceManifest(string Name, string Version, string? SourceRevision);
