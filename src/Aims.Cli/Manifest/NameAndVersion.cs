namespace Aims.Cli.Manifest;

/// <summary>The <c>generator</c> and <c>assembly</c> objects of a manifest.</summary>
internal sealed record NameAndVersion(string Name, string Version);
