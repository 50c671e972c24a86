namespace Aims.Manifest.Model;

internal sealed record NameAndVersion(string Name, string Version);
