using System.Globalization;
using System.Text;

namespace Aims.Cli.Report.Html;

/// <summary>Every AI call with file and line, once each: the undeclared ones (shadow AI, a gap) first, then the covered ones.</summary>
internal static class HtmlCallsSection
{
    public static void WriteTo(StringBuilder html, ReportView view)
    {
        var f = HtmlFormat.Instance;
        var rows = CallSiteRows.Of(view.Manifest);
        html.Append("<section id=\"calls\" aria-labelledby=\"calls-title\"><h2 id=\"calls-title\">AI calls</h2>\n")
            .Append($"<p>{HtmlText.Encode(view.CoverageSentence())}</p>\n");
        if (rows.Count == 0)
        {
            html.Append($"<p>{f.None("No AI call was found.")}</p></section>\n");
            return;
        }

        var table = new HtmlTable("ai-calls", "calls", CallSiteRows.Columns);
        foreach (var (call, coveredBy) in rows)
        {
            table.AddRow(
            [
                new HtmlCell(f.Code(LocationText.Of(call)), SortKey: $"{call.Assembly}\u0000{call.Path}\u0000{(call.Line ?? 0).ToString("D9", CultureInfo.InvariantCulture)}"),
                coveredBy is null ? f.Gap($"undeclared ({CallSiteRows.UndeclaredRule(call)})") : f.Code(coveredBy),
                f.Code(call.CallingMember), f.Code(call.CalledMember), f.Value(call.Sdk), f.Value(call.Provider), f.Value(call.Kind),
                f.Text(call.Category), call.Bound ? "yes" : f.Gap("no (did not bind)"),
            ]);
        }

        table.WriteTo(html);
        html.Append("</section>\n");
    }
}
