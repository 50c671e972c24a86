using System.Text;
using Aims.Cli.Inputs;

namespace Aims.Cli.Report.Html;

/// <summary>The diagnostics the build reported, with their effective severity and where they are.</summary>
internal static class HtmlFindingsSection
{
    public static void WriteTo(StringBuilder html, ReportView view)
    {
        var f = HtmlFormat.Instance;
        html.Append("<section id=\"findings\" aria-labelledby=\"findings-title\"><h2 id=\"findings-title\">Build findings</h2>\n");
        if (view.FindingsNotKnown is { } notKnown)
        {
            html.Append($"<p>{f.None(notKnown)}</p></section>\n");
            return;
        }

        if (view.OpenFindings.Count == 0)
        {
            html.Append("<p>The build reported no governance finding.</p></section>\n");
            return;
        }

        var table = new HtmlTable("build-findings", "findings", ["Severity", "Rule", "Where", "Message"]);
        foreach (var finding in view.OpenFindings)
        {
            table.AddRow([f.Text(finding.Severity), f.Code(finding.Id), LocationText.Of(finding) is { } at ? f.Code(at) : f.None("no source location"), f.Text(finding.Message)]);
        }

        table.WriteTo(html);
        html.Append("</section>\n");
    }
}
