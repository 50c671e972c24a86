using System.Linq;
using System.Text;
using Aims.Cli.Governance;

namespace Aims.Cli.Report.Html;

/// <summary>The Annex A coverage matrix: systems down, the 38 controls across, with the overall status of each control on top.</summary>
internal static class HtmlMatrixSection
{
    public static void WriteTo(StringBuilder html, ReportView view)
    {
        var matrix = view.Matrix;
        html.Append("<section id=\"matrix\" aria-labelledby=\"matrix-title\"><h2 id=\"matrix-title\">Annex A coverage</h2>\n");
        html.Append("<p class=\"meta\">ISO/IEC 42001:2023 Annex A controls by system: ✓ evidenced, ✗ gap, – excluded, n/a not applicable. ")
            .Append("The first row is each control's overall status; a system's cell is the status its own assembly's manifest gives the control, ✓ where a gap stated system by system does not name it.</p>\n");
        if (view.Systems.Count == 0)
        {
            html.Append($"<p>{HtmlFormat.Instance.None("No AI system is declared: the status of each control is in the Statement of Applicability below.")}</p></section>\n");
            return;
        }

        var headers = new[] { "<th scope=\"col\" class=\"system\"><button type=\"button\">System</button></th>", "Risk" }
            .Concat(matrix.Controls.Select(c => $"<th scope=\"col\" title=\"{HtmlText.Encode($"{c.Id} {c.Title} ({c.Group})")}\"><button type=\"button\">{HtmlText.Encode(c.Id)}</button></th>"))
            .ToList();
        var table = new HtmlTable("coverage", "systems", headers, "matrix");
        var overall = new StringBuilder("<tr><th scope=\"row\" class=\"system\">All systems</th><th></th>");
        foreach (var control in matrix.Controls)
        {
            overall.Append($"<th class=\"st {StatusDisplay.CssClass(control.Status)}\" title=\"{HtmlText.Encode($"{control.Id} {control.Title}: {StatusDisplay.Word(control.Status)}")}\">")
                .Append($"<span aria-hidden=\"true\">{StatusDisplay.Symbol(control.Status)}</span><span class=\"sr\">{StatusDisplay.Word(control.Status)}</span></th>");
        }

        table.SetExtraHeaderRow(overall.Append("</tr>").ToString());
        foreach (var system in matrix.Systems)
        {
            var cells = new System.Collections.Generic.List<HtmlCell>
            {
                new($"<code>{HtmlText.Encode(system.Id)}</code>", Class: "system"),
                new(HtmlText.Encode(system.Risk), SortKey: (RiskTier.SeverityOf(system.Risk) ?? 0).ToString(System.Globalization.CultureInfo.InvariantCulture)),
            };
            foreach (var control in matrix.Controls)
            {
                var status = matrix.StatusOf(system, control);
                cells.Add(new HtmlCell(
                    $"<span aria-hidden=\"true\">{StatusDisplay.Symbol(status)}</span><span class=\"sr\">{StatusDisplay.Word(status)}</span>",
                    SortKey: StatusDisplay.Word(status),
                    Class: "st " + StatusDisplay.CssClass(status),
                    Title: $"{system.Id} · {control.Id} {control.Title}: {StatusDisplay.Word(status)}"));
            }

            table.AddRow(cells);
        }

        table.WriteTo(html);
        html.Append("</section>\n");
    }
}
