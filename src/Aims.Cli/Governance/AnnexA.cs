using System;
using System.Collections.Generic;
using System.Linq;

namespace Aims.Cli.Governance;

/// <summary>
/// The 38 controls of ISO/IEC 42001:2023 Annex A in Annex A order, with the group and short title of each (the same
/// table as shared/iso42001/annex-a-controls.tsv). Reports and the BOM use it when a manifest is silent on a control.
/// </summary>
internal static class AnnexA
{
    private const string Policies = "Policies related to AI";
    private const string Organization = "Internal organization";
    private const string Resources = "Resources for AI systems";
    private const string Impacts = "Assessing impacts of AI systems";
    private const string LifeCycle = "AI system life cycle";
    private const string Data = "Data for AI systems";
    private const string Information = "Information for interested parties";
    private const string Use = "Use of AI systems";
    private const string ThirdParties = "Third-party and customer relationships";

    public static IReadOnlyList<AnnexAControl> Controls { get; } =
    [
        new("A.2.2", Policies, "AI policy"),
        new("A.2.3", Policies, "Alignment with other organizational policies"),
        new("A.2.4", Policies, "Review of the AI policy"),
        new("A.3.2", Organization, "AI roles and responsibilities"),
        new("A.3.3", Organization, "Reporting of concerns"),
        new("A.4.2", Resources, "Resource documentation"),
        new("A.4.3", Resources, "Data resources"),
        new("A.4.4", Resources, "Tooling resources"),
        new("A.4.5", Resources, "System and computing resources"),
        new("A.4.6", Resources, "Human resources"),
        new("A.5.2", Impacts, "AI system impact assessment process"),
        new("A.5.3", Impacts, "Documentation of AI system impact assessments"),
        new("A.5.4", Impacts, "Assessing AI system impact on individuals or groups of individuals"),
        new("A.5.5", Impacts, "Assessing societal impacts of AI systems"),
        new("A.6.1.2", LifeCycle, "Objectives for responsible development of AI system"),
        new("A.6.1.3", LifeCycle, "Processes for responsible AI system design and development"),
        new("A.6.2.2", LifeCycle, "AI system requirements and specification"),
        new("A.6.2.3", LifeCycle, "Documentation of AI system design and development"),
        new("A.6.2.4", LifeCycle, "AI system verification and validation"),
        new("A.6.2.5", LifeCycle, "AI system deployment"),
        new("A.6.2.6", LifeCycle, "AI system operation and monitoring"),
        new("A.6.2.7", LifeCycle, "AI system technical documentation"),
        new("A.6.2.8", LifeCycle, "AI system recording of event logs"),
        new("A.7.2", Data, "Data for development and enhancement of AI system"),
        new("A.7.3", Data, "Acquisition of data"),
        new("A.7.4", Data, "Quality of data for AI systems"),
        new("A.7.5", Data, "Data provenance"),
        new("A.7.6", Data, "Data preparation"),
        new("A.8.2", Information, "System documentation and information for users"),
        new("A.8.3", Information, "External reporting"),
        new("A.8.4", Information, "Communication of incidents"),
        new("A.8.5", Information, "Information for interested parties"),
        new("A.9.2", Use, "Processes for responsible use of AI systems"),
        new("A.9.3", Use, "Objectives for responsible use of AI system"),
        new("A.9.4", Use, "Intended use of the AI system"),
        new("A.10.2", ThirdParties, "Allocating responsibilities"),
        new("A.10.3", ThirdParties, "Suppliers"),
        new("A.10.4", ThirdParties, "Customers"),
    ];

    private static readonly Dictionary<string, int> OrderById =
        Controls.Select((control, index) => (control.Id, index)).ToDictionary(x => x.Id, x => x.index, StringComparer.Ordinal);

    /// <summary>The position of a control in Annex A; unknown ids sort after the known ones.</summary>
    public static int OrderOf(string controlId) => OrderById.TryGetValue(controlId, out var order) ? order : int.MaxValue;
}
