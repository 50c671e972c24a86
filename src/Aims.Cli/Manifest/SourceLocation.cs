namespace Aims.Cli.Manifest;

/// <summary>
/// Where a declaration is: a project-relative <see cref="Path"/> and <see cref="Line"/> in source, or the
/// <see cref="Assembly"/> whose metadata a fact was read from. In a merged inventory a source location also names its
/// assembly, because paths are only unique within a project.
/// </summary>
internal sealed record SourceLocation(string? Assembly, string? Path, int? Line, string? Symbol)
{
    /// <summary>A fact copied from a referenced assembly's metadata (no source path).</summary>
    public bool IsMetadataCopy => Path is null && Assembly is not null;
}
