namespace Aims.Cli.Manifest;

/// <summary>A count under a name, in the order the manifest lists them.</summary>
internal sealed record NamedCount(string Name, int Count);
