namespace Aims.Manifest.Vocabulary;

/// <summary>Where a manifest's AI calls and findings come from (<c>evidence.source</c>).</summary>
internal static class EvidenceSource
{
    /// <summary>The compiler's own analyzer run in the build, read from its error log: every AI call and every finding.</summary>
    public const string Build = "build";

    /// <summary>The declarations alone: the copy inside an assembly, or a build whose analyzer run could not be read.</summary>
    public const string Declarations = "declarations";

    /// <summary>Every value, in the order the schema lists them.</summary>
    public static System.Collections.Generic.IReadOnlyList<string> All { get; } = new[] { Build, Declarations };
}
