namespace Aims.Analyzers.Manifest;

/// <summary>What the build tells the manifest: the assembly, the analysis mode, the source revision and the project folder.</summary>
internal sealed record ManifestContext(
    string AssemblyName,
    string AssemblyVersion,
    string AnalysisMode,
    string? SourceRevision,
    string? ProjectDirectory,
    string GeneratorVersion);
