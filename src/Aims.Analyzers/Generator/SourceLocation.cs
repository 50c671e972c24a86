namespace Aims.Analyzers.Generator;

/// <summary>Where something is written: a path relative to the project with '/', and a 1-based line.</summary>
internal sealed record SourceLocation(string Path, int Line);
