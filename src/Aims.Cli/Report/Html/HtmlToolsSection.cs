using System.Globalization;
using System.Linq;
using System.Text;

namespace Aims.Cli.Report.Html;

/// <summary>Every tool handed to a model, once each: the undeclared ones (a gap) first, then those of each system.</summary>
internal static class HtmlToolsSection
{
    public static void WriteTo(StringBuilder html, ReportView view)
    {
        var f = HtmlFormat.Instance;
        html.Append("<section id=\"tools\" aria-labelledby=\"tools-title\"><h2 id=\"tools-title\">Tools handed to models</h2>\n");
        if (ToolRows.Of(view.Manifest) is not { } rows)
        {
            html.Append($"<p>{f.None(ToolRows.NotRecorded)}</p></section>\n");
            return;
        }

        html.Append($"<p>{HtmlText.Encode(ToolRows.Sentence(rows))}</p>\n");
        if (rows.Count == 0)
        {
            html.Append("</section>\n");
            return;
        }

        var table = new HtmlTable("ai-tools", "tools", ToolRows.Columns);
        foreach (var (tool, system) in rows)
        {
            table.AddRow(
            [
                new HtmlCell(f.Code(LocationText.Of(tool)), SortKey: $"{tool.Assembly}\u0000{tool.Path}\u0000{tool.Line.ToString("D9", CultureInfo.InvariantCulture)}"),
                .. ToolRows.Cells(f, tool, system).Select(cell => new HtmlCell(cell)),
            ]);
        }

        table.WriteTo(html);
        html.Append("</section>\n");
    }
}
