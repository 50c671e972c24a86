namespace Aims.Build.Tasks;

/// <summary>
/// An implementation assembly the project runs with, and what the project file says of it: the package or project it
/// comes from, whether only AI SDKs bring it, and the systems it supplies (AimsSupplierOf on its PackageReference or
/// ProjectReference).
/// </summary>
internal sealed record DependencyReference(string Path, string Name, string? Version, string Origin, bool ViaAiSdk, string[] SupplierOf);
