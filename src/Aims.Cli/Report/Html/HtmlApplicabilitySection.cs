using Aims.Cli.Governance;
using System;
using System.Linq;
using System.Text;

namespace Aims.Cli.Report.Html;

/// <summary>
/// The Statement of Applicability: every Annex A control with its status, the applicability the code declares, and the
/// justification or evidence behind it.
/// </summary>
internal static class HtmlApplicabilitySection
{
    public static void WriteTo(StringBuilder html, ReportView view)
    {
        var f = HtmlFormat.Instance;
        html.Append("<section id=\"soa\" aria-labelledby=\"soa-title\"><h2 id=\"soa-title\">Statement of Applicability</h2>\n");
        var table = new HtmlTable("applicability", "controls", ["Control", "Title", "Group", "Status", "Declared applicability", "Justification or evidence"]);
        foreach (var control in view.Controls)
        {
            var declared = view.Manifest.StatementOfApplicability.Where(e => string.Equals(e.ControlId, control.Id, StringComparison.Ordinal)).ToList();
            var applicability = declared.Count == 0
                ? f.None("not declared")
                : string.Join("<br>", declared.Select(e => $"{(e.Applicable ? "applicable" : "excluded")} {f.Location(e.DeclaredAt)}"));
            var support = control.Justification is { } justification
                ? f.Value(justification)
                : ControlLines.Of(control).Count == 0 ? f.None("none") : "<ul class=\"lines\">" + string.Concat(ControlLines.Of(control).Select(e => $"<li>{f.Text(e)}</li>")) + "</ul>";
            table.AddRow(
            [
                f.Code(control.Id),
                f.Text(control.Title),
                f.Text(control.Group),
                new HtmlCell($"<span class=\"status-word {StatusDisplay.CssClass(control.Status)}\">{StatusDisplay.Word(control.Status)}</span>"),
                applicability,
                support,
            ]);
        }

        table.WriteTo(html);
        html.Append("</section>\n");
    }
}
