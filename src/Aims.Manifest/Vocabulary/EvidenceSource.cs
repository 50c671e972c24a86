namespace Aims.Manifest.Vocabulary;

/// <summary>Where a manifest's AI calls and findings come from (<c>evidence.source</c>).</summary>
internal static class EvidenceSource
{
    /// <summary>The compiler's own analyzer run in the build, read from its error log: every AI call and every finding.</summary>
    public const string Build = "build";

    /// <summary>
    /// The build's inputs: its references, sources and analyzer configuration hold nothing the analyzers look for (no AI
    /// SDK, no model host, no Aims attribute, no configured model-call symbol), so the build left them out of the compile.
    /// No AI call and no finding, known without analysing.
    /// </summary>
    public const string Inputs = "inputs";

    /// <summary>The declarations alone: the copy inside an assembly, or a build whose analyzer run could not be read.</summary>
    public const string Declarations = "declarations";

    /// <summary>
    /// A built assembly, read by <c>aims scan</c>: the AI calls its IL makes (with file and line from a portable PDB), the
    /// declarations its build embedded; no findings, which only a build reports.
    /// </summary>
    public const string Binary = "binary";

    /// <summary>Every value, in the order the schema lists them.</summary>
    public static System.Collections.Generic.IReadOnlyList<string> All { get; } = new[] { Build, Inputs, Declarations, Binary };
}
