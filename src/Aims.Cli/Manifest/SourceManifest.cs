namespace Aims.Cli.Manifest;

/// <summary>A project manifest that a merged inventory was made from (the <c>sources</c> extension).</summary>
internal sealed record SourceManifest(string Name, string Version, string? SourceRevision);
