using System.Collections.Generic;
using Aims.Manifest.Model;
using Aims.Manifest.Vocabulary;

namespace Aims.Manifest.Build;

/// <summary>
/// The manifest of an assembly's declarations: the systems declared or joined in its source with their facts, the
/// management system and the Statement of Applicability. It is what the generator embeds and what the build's manifest
/// starts from. The AI calls, findings and controls are not known here (null): the compiler's analyzers report them, and
/// the build adds them after compiling.
/// </summary>
internal static class DeclarationsDocument
{
    /// <summary>What <c>evidence.missing</c> says of the copy inside the assembly.</summary>
    public const string EmbeddedCopyNote =
        "the assembly carries its declarations only; the AI calls, findings and controls are in the build's manifest file";

    public static ManifestDocument Create(
        ManifestContext context, ManagementSystem? managementSystem, IReadOnlyList<AiSystem> systems, IReadOnlyList<ApplicabilityEntry> applicability) =>
        new(
            ManifestDocument.CurrentSchemaVersion,
            new NameAndVersion("Aims.Analyzers", context.GeneratorVersion),
            new NameAndVersion(context.AssemblyName, context.AssemblyVersion),
            context.SourceRevision,
            context.AnalysisMode,
            new ManifestEvidence(EvidenceSource.Declarations, null, EmbeddedCopyNote, null),
            managementSystem,
            systems,
            null,
            null,
            applicability,
            null,
            null,
            ManifestSummaries.Of(systems, null, null, null, null));
}
