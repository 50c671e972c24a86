namespace Aims.Manifest.Vocabulary;

/// <summary>The effective severity of a finding, as the build reported it.</summary>
internal static class FindingSeverity
{
    public const string Error = "error";
    public const string Warning = "warning";
    public const string Info = "info";

    /// <summary>Every value, in the order the schema lists them.</summary>
    public static System.Collections.Generic.IReadOnlyList<string> All { get; } = new[] { Error, Warning, Info };
}
