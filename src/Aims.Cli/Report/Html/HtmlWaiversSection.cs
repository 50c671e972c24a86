using System.Text;

namespace Aims.Cli.Report.Html;

/// <summary>
/// The findings suppressed in source: which rule, where, how it was silenced and the justification written with it.
/// An auditor asks for these first: a waiver is a decision someone made, and it stays visible.
/// </summary>
internal static class HtmlWaiversSection
{
    public static void WriteTo(StringBuilder html, ReportView view)
    {
        var f = HtmlFormat.Instance;
        html.Append("<section id=\"waivers\" aria-labelledby=\"waivers-title\"><h2 id=\"waivers-title\">Waivers</h2>\n");
        if (view.FindingsNotKnown is { } notKnown)
        {
            html.Append($"<p>{f.None(notKnown)}</p></section>\n");
            return;
        }

        if (view.Waivers.Count == 0)
        {
            html.Append("<p>No governance finding is suppressed in source.</p></section>\n");
            return;
        }

        var table = new HtmlTable("waivers", "waivers", ["Rule", "Where", "Suppressed by", "Justification", "Message"]);
        foreach (var waiver in view.Waivers)
        {
            table.AddRow([
                f.Code(waiver.Id),
                LocationText.Of(waiver) is { } at ? f.Code(at) : f.None("no source location"),
                f.Text(WaiverText.How(waiver.Suppression!)),
                waiver.Suppression!.Justification is { Length: > 0 } justification ? f.Text(justification) : f.None("no justification"),
                f.Text(waiver.Message),
            ]);
        }

        table.WriteTo(html);
        html.Append("</section>\n");
    }
}
