namespace Aims.Manifest.Model;

/// <summary>
/// What the build tells a manifest besides its declarations: the assembly, the analysis mode, the source revision, the
/// project folder (paths are written relative to it) and the version of the package that wrote it.
/// </summary>
internal sealed record ManifestContext(
    string AssemblyName,
    string AssemblyVersion,
    string AnalysisMode,
    string? SourceRevision,
    string? ProjectDirectory,
    string GeneratorVersion);
