namespace Aims.Analyzers.Model;

/// <summary>
/// Where something is written in source: the file path as the compiler has it, the 1-based line and the span.
/// The manifest writes the path relative to the project; analyzers turn the span back into a diagnostic location.
/// </summary>
internal sealed record SourceLocation(string Path, int Line, int Start, int Length);
