using System.Collections.Generic;
using System.Linq;
using Aims.Manifest.Model;
using Aims.Manifest.Vocabulary;

namespace Aims.Cli.Report;

/// <summary>
/// One-line descriptions of a system's facts and of the management system, in any <see cref="IReportFormat"/>: the HTML
/// page and the Markdown say the same thing in the same words.
/// </summary>
internal static class FactDescriptions
{
    /// <summary>The columns of the inventory of systems, in both formats.</summary>
    public static readonly string[] InventoryColumns =
    [
        "System", "Risk", "Owner", "Purpose", "Lifecycle", "Declared", "Models and suppliers", "Data sources",
        "Human oversight", "Disclosure", "Event logging", "Evaluations", "Risks", "AI calls",
    ];

    /// <summary>Where a system is declared: the assembly and the place in it, or that no assembly declares it.</summary>
    public static string Declared(IReportFormat f, AiSystem system) => system.DeclaredIn is null
        ? f.Gap("declared nowhere (joined with [PartOfAiSystem] only)")
        : $"{f.Text(system.DeclaredIn)} {f.Location(system.DeclaredAt is { Path: not null } at && at.Assembly == system.DeclaredIn ? at with { Assembly = null } : system.DeclaredAt)}";

    /// <summary>What the AI management system declaration states, or that there is none.</summary>
    public static string ManagementSystem(IReportFormat f, ManagementSystem? system) => system is null
        ? f.Value(null)
        : $"organization {f.Value(system.Organization)}; scope {f.Value(system.Scope)}; policy {f.Value(system.PolicyReference ?? system.PolicyUri)}; incident contact {f.Value(system.IncidentContact)}";

    public static string Models(IReportFormat f, AiSystem system) => List(f, system.Models, m =>
    {
        var name = m.ModelId is null ? f.Gap("model not named in code") : f.Value(m.ModelId);
        var details = new List<string> { "supplier " + (m.Provider is null ? f.Gap("not declared") : f.Value(m.Provider)) };
        if (m.Version is not null)
        {
            details.Add("version " + f.Value(m.Version));
        }

        if (m.Hosting is not null)
        {
            details.Add(f.Text(m.Hosting));
        }

        if (m.SupplierAgreement is not null)
        {
            details.Add("agreement " + f.Value(m.SupplierAgreement));
        }

        if (m.Sdk is not null)
        {
            details.Add("via " + f.Text(m.Sdk));
        }

        details.Add(f.Text(m.Source));
        return $"{name} ({string.Join("; ", details)})";
    });

    public static string DataSources(IReportFormat f, AiSystem system) => List(f, system.DataSources, d =>
    {
        var personal = d.ContainsPersonalData switch
        {
            true => "personal data, lawful basis " + (d.LawfulBasis is null ? f.Gap("not declared") : f.Value(d.LawfulBasis)),
            false => f.Text("no personal data"),
            null => "personal data " + f.Value(null),
        };
        return $"{f.Value(d.Name)} ({(d.Usage is null ? "usage " + f.Value(null) : f.Text(d.Usage))}; {personal})";
    });

    public static string Oversight(IReportFormat f, AiSystem system) => List(f, system.HumanOversight, o =>
        $"{f.Text(o.Mode)}, reviewer {f.Value(o.Reviewer)}");

    public static string Disclosures(IReportFormat f, AiSystem system) => system.Disclosures.Count == 0 && !system.ServesPeopleDirectly
        ? f.None("none declared (does not serve people directly)")
        : List(f, system.Disclosures, d =>
            $"{f.Text(d.Kind)}: {(d.Text is null && d.Mechanism is null ? "text and mechanism " + f.Value(null) : string.Join("; ", new[] { d.Text, d.Mechanism }.Where(x => x is not null).Select(f.Value)))}");

    public static string Logging(IReportFormat f, AiSystem system) => List(f, system.EventLogging, e =>
        $"{f.Value(e.Events)}{(e.RetentionDays is { } days ? $", kept {days} days" : ", retention " + f.Value(null))}");

    public static string Evaluations(IReportFormat f, AiSystem system) => List(f, system.Evaluations, e =>
        $"{f.Value(e.Metric)}{(e.Threshold is { } t ? $" threshold {t.ToString(System.Globalization.CultureInfo.InvariantCulture)}" : "")}{(e.Dataset is null ? "" : " on " + f.Value(e.Dataset))}");

    public static string Risks(IReportFormat f, AiSystem system) => List(f, system.Risks, r =>
        $"{f.Code(r.Id)} {f.Value(r.Description)} ({(r.Treatment is null ? "treatment " + f.Value(null) : f.Text(r.Treatment))})");

    private static string List<T>(IReportFormat f, IReadOnlyList<T> items, System.Func<T, string> describe) =>
        items.Count == 0 ? f.Gap("none declared") : string.Join("; ", items.Select(describe));
}
