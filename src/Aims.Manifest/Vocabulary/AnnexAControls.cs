using System.Collections.Immutable;
using System.Linq;

namespace Aims.Manifest.Vocabulary;

/// <summary>The 38 controls of ISO/IEC 42001:2023 Annex A: id and short title.</summary>
internal static class AnnexAControls
{
    public static ImmutableArray<AnnexAControl> All { get; } = ImmutableArray.Create(
        new AnnexAControl("A.2.2", "Policies related to AI", "AI policy"),
        new AnnexAControl("A.2.3", "Policies related to AI", "Alignment with other organizational policies"),
        new AnnexAControl("A.2.4", "Policies related to AI", "Review of the AI policy"),
        new AnnexAControl("A.3.2", "Internal organization", "AI roles and responsibilities"),
        new AnnexAControl("A.3.3", "Internal organization", "Reporting of concerns"),
        new AnnexAControl("A.4.2", "Resources for AI systems", "Resource documentation"),
        new AnnexAControl("A.4.3", "Resources for AI systems", "Data resources"),
        new AnnexAControl("A.4.4", "Resources for AI systems", "Tooling resources"),
        new AnnexAControl("A.4.5", "Resources for AI systems", "System and computing resources"),
        new AnnexAControl("A.4.6", "Resources for AI systems", "Human resources"),
        new AnnexAControl("A.5.2", "Assessing impacts of AI systems", "AI system impact assessment process"),
        new AnnexAControl("A.5.3", "Assessing impacts of AI systems", "Documentation of AI system impact assessments"),
        new AnnexAControl("A.5.4", "Assessing impacts of AI systems", "Assessing AI system impact on individuals or groups of individuals"),
        new AnnexAControl("A.5.5", "Assessing impacts of AI systems", "Assessing societal impacts of AI systems"),
        new AnnexAControl("A.6.1.2", "AI system life cycle", "Objectives for responsible development of AI system"),
        new AnnexAControl("A.6.1.3", "AI system life cycle", "Processes for responsible AI system design and development"),
        new AnnexAControl("A.6.2.2", "AI system life cycle", "AI system requirements and specification"),
        new AnnexAControl("A.6.2.3", "AI system life cycle", "Documentation of AI system design and development"),
        new AnnexAControl("A.6.2.4", "AI system life cycle", "AI system verification and validation"),
        new AnnexAControl("A.6.2.5", "AI system life cycle", "AI system deployment"),
        new AnnexAControl("A.6.2.6", "AI system life cycle", "AI system operation and monitoring"),
        new AnnexAControl("A.6.2.7", "AI system life cycle", "AI system technical documentation"),
        new AnnexAControl("A.6.2.8", "AI system life cycle", "AI system recording of event logs"),
        new AnnexAControl("A.7.2", "Data for AI systems", "Data for development and enhancement of AI system"),
        new AnnexAControl("A.7.3", "Data for AI systems", "Acquisition of data"),
        new AnnexAControl("A.7.4", "Data for AI systems", "Quality of data for AI systems"),
        new AnnexAControl("A.7.5", "Data for AI systems", "Data provenance"),
        new AnnexAControl("A.7.6", "Data for AI systems", "Data preparation"),
        new AnnexAControl("A.8.2", "Information for interested parties", "System documentation and information for users"),
        new AnnexAControl("A.8.3", "Information for interested parties", "External reporting"),
        new AnnexAControl("A.8.4", "Information for interested parties", "Communication of incidents"),
        new AnnexAControl("A.8.5", "Information for interested parties", "Information for interested parties"),
        new AnnexAControl("A.9.2", "Use of AI systems", "Processes for responsible use of AI systems"),
        new AnnexAControl("A.9.3", "Use of AI systems", "Objectives for responsible use of AI system"),
        new AnnexAControl("A.9.4", "Use of AI systems", "Intended use of the AI system"),
        new AnnexAControl("A.10.2", "Third-party and customer relationships", "Allocating responsibilities"),
        new AnnexAControl("A.10.3", "Third-party and customer relationships", "Suppliers"),
        new AnnexAControl("A.10.4", "Third-party and customer relationships", "Customers"));

    private static readonly ImmutableHashSet<string> Ids = All.Select(control => control.Id).ToImmutableHashSet(System.StringComparer.Ordinal);

    public static bool IsKnown(string id) => Ids.Contains(id);
}
