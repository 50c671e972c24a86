namespace Aims.Manifest.Model;

/// <summary>
/// Where something is declared: a path relative to the project and a line, or the referenced assembly whose metadata it
/// was read from; the symbol it is declared on where that is written. In a merged inventory a path also names its
/// assembly, because paths are only unique within a project.
/// </summary>
internal sealed record SourceLocation(string? Assembly, string? Path, int? Line, string? Symbol)
{
    /// <summary>A fact copied from a referenced assembly's metadata (no source path).</summary>
    public bool IsMetadataCopy => Path is null && Assembly is not null;
}
