namespace Aims.Manifest.Vocabulary;

/// <summary>Where a dependency comes from (<c>dependencies[].origin</c>).</summary>
internal static class DependencyOrigin
{
    public const string Package = "package";

    public const string Project = "project";

    /// <summary>An assembly referenced as a file (a vendor's binary), by its file name.</summary>
    public const string File = "file";

    public static System.Collections.Generic.IReadOnlyList<string> All { get; } = new[] { Package, Project, File };
}
