using System.Text;
using Aims.Cli.Governance;
using Aims.Cli.Inputs;

namespace Aims.Cli.Report.Html;

/// <summary>The inventory: one row per AI system with every fact an auditor asks about.</summary>
internal static class HtmlInventorySection
{
    public static void WriteTo(StringBuilder html, ReportView view)
    {
        var f = HtmlFormat.Instance;
        html.Append("<section id=\"inventory\" aria-labelledby=\"inventory-title\"><h2 id=\"inventory-title\">AI systems</h2>\n");
        if (view.Systems.Count == 0)
        {
            html.Append($"<p>{f.None("No AI system is declared.")}</p></section>\n");
            return;
        }

        var table = new HtmlTable("systems", "systems", FactDescriptions.InventoryColumns);
        foreach (var s in view.Systems)
        {
            table.AddRow(
            [
                $"{f.Code(s.Id)}<br>{f.Value(s.Name)}",
                new HtmlCell($"<span class=\"risk {HtmlText.Encode(s.Risk)}\">{f.Text(s.Risk)}</span>", SortKey: (RiskTier.SeverityOf(s.Risk) ?? 0).ToString(System.Globalization.CultureInfo.InvariantCulture)),
                f.Value(s.Owner),
                f.Value(s.Purpose),
                f.Value(s.LifecycleStage),
                FactDescriptions.Declared(f, s),
                FactDescriptions.Models(f, s),
                FactDescriptions.DataSources(f, s),
                FactDescriptions.Oversight(f, s),
                FactDescriptions.Disclosures(f, s),
                FactDescriptions.Logging(f, s),
                FactDescriptions.Evaluations(f, s),
                FactDescriptions.Risks(f, s),
                new HtmlCell(s.KnownCallSites().Count.ToString(System.Globalization.CultureInfo.InvariantCulture), SortKey: s.KnownCallSites().Count.ToString("D9", System.Globalization.CultureInfo.InvariantCulture)),
            ]);
        }

        table.WriteTo(html);
        html.Append("</section>\n");
    }
}
