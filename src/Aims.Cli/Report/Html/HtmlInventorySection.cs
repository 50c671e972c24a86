using System.Text;
using Aims.Cli.Governance;

namespace Aims.Cli.Report.Html;

/// <summary>The inventory: one row per AI system with every fact an auditor asks about.</summary>
internal static class HtmlInventorySection
{
    private static readonly string[] Headers =
    [
        "System", "Risk", "Owner", "Purpose", "Lifecycle", "Declared", "Models and suppliers", "Data sources",
        "Human oversight", "Disclosure", "Event logging", "Evaluations", "Risks", "AI calls",
    ];

    public static void WriteTo(StringBuilder html, ReportView view)
    {
        var f = HtmlFormat.Instance;
        html.Append("<section id=\"inventory\" aria-labelledby=\"inventory-title\"><h2 id=\"inventory-title\">AI systems</h2>\n");
        if (view.Systems.Count == 0)
        {
            html.Append("<p class=\"none\">No AI system is declared.</p></section>\n");
            return;
        }

        var table = new HtmlTable("systems", "systems", Headers);
        foreach (var s in view.Systems)
        {
            var declared = s.DeclaredIn is null
                ? f.Gap("declared nowhere (joined with [PartOfAiSystem] only)")
                : $"{f.Text(s.DeclaredIn)} {f.Location(s.DeclaredAt is { Path: not null } at && at.Assembly == s.DeclaredIn ? at with { Assembly = null } : s.DeclaredAt)}";
            table.AddRow(
            [
                $"{f.Code(s.Id)}<br>{f.Value(s.Name)}",
                new HtmlCell($"<span class=\"risk {HtmlText.Encode(s.Risk)}\">{f.Text(s.Risk)}</span>", SortKey: (RiskTier.SeverityOf(s.Risk) ?? 0).ToString(System.Globalization.CultureInfo.InvariantCulture)),
                f.Value(s.Owner),
                f.Value(s.Purpose),
                f.Value(s.LifecycleStage),
                declared,
                FactDescriptions.Models(f, s),
                FactDescriptions.DataSources(f, s),
                FactDescriptions.Oversight(f, s),
                s.Disclosures.Count == 0 && !s.ServesPeopleDirectly ? "<span class=\"none\">none declared (does not serve people directly)</span>" : FactDescriptions.Disclosures(f, s),
                FactDescriptions.Logging(f, s),
                FactDescriptions.Evaluations(f, s),
                FactDescriptions.Risks(f, s),
                new HtmlCell(s.CallSites.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), SortKey: s.CallSites.Count.ToString("D9", System.Globalization.CultureInfo.InvariantCulture)),
            ]);
        }

        table.WriteTo(html);
        html.Append("</section>\n");
    }
}
