namespace Aims.Manifest.Model;

/// <summary>An assembly that a merged inventory joins, and the AI policy its build applied.</summary>
internal sealed record SourceManifest(string Name, string Version, string? SourceRevision)
{
    public PolicyEntry? Policy { get; init; }
}
