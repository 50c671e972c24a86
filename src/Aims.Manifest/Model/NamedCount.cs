namespace Aims.Manifest.Model;

internal sealed record NamedCount(string Name, int Count);
