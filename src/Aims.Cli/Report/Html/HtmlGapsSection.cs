using Aims.Cli.Governance;
using System.Linq;
using System.Text;

namespace Aims.Cli.Report.Html;

/// <summary>What is missing: the controls that are gaps, and every governance value that is still a placeholder.</summary>
internal static class HtmlGapsSection
{
    public static void WriteTo(StringBuilder html, ReportView view)
    {
        var f = HtmlFormat.Instance;
        html.Append("<section id=\"gaps\" aria-labelledby=\"gaps-title\"><h2 id=\"gaps-title\">Gaps</h2>\n");
        if (view.Gaps.Count == 0)
        {
            html.Append("<p>No Annex A control is a gap.</p>\n");
        }
        else
        {
            var table = new HtmlTable("control-gaps", "gaps", ["Control", "Title", "What is missing"]);
            foreach (var control in view.Gaps)
            {
                table.AddRow([f.Code(control.Id), f.Text(control.Title), Lines(ControlLines.Of(control).Select(f.Text))]);
            }

            table.WriteTo(html);
        }

        html.Append("<h3 id=\"placeholders\">Placeholders</h3>\n");
        if (view.Placeholders.Count == 0)
        {
            html.Append("<p>No governance value is a placeholder.</p>\n");
        }
        else
        {
            var table = new HtmlTable("placeholder-values", "placeholders", ["System", "Field", "Placeholder", "Declared at"]);
            foreach (var use in view.Placeholders)
            {
                table.AddRow([use.SystemId is null ? f.None("assembly") : f.Code(use.SystemId), f.Text(use.Field), f.Value(use.Value), f.Location(use.DeclaredAt)]);
            }

            table.WriteTo(html);
        }

        html.Append("</section>\n");
    }

    private static string Lines(System.Collections.Generic.IEnumerable<string> lines) =>
        "<ul class=\"lines\">" + string.Concat(lines.Select(line => $"<li>{line}</li>")) + "</ul>";
}
