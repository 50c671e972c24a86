using System.Text;

namespace Aims.Cli.Report.Html;

/// <summary>The AI policy that applied and the violations the build reported against it.</summary>
internal static class HtmlPolicySection
{
    public static void WriteTo(StringBuilder html, ReportView view)
    {
        var f = HtmlFormat.Instance;
        html.Append("<section id=\"policy\" aria-labelledby=\"policy-title\"><h2 id=\"policy-title\">AI policy</h2>\n");
        foreach (var sentence in PolicyRows.Applied(view.Manifest))
        {
            html.Append($"<p>{HtmlText.Encode(sentence)}</p>\n");
        }

        if (view.FindingsNotKnown is null)
        {
            var verdicts = PolicyRows.Verdicts(view.Manifest);
            if (verdicts.Count == 0)
            {
                html.Append("<p>The build reported no policy violation.</p>\n");
            }
            else
            {
                var table = new HtmlTable("policy-violations", "violations", PolicyRows.Columns);
                foreach (var verdict in verdicts)
                {
                    table.AddRow([.. System.Linq.Enumerable.Select(PolicyRows.Cells(f, verdict), cell => new HtmlCell(cell))]);
                }

                table.WriteTo(html);
            }
        }

        html.Append("</section>\n");
    }
}
