using System.IO;
using System.Linq;

namespace Aims.Cli.Report.Markdown;

/// <summary>The tools handed to models, as the HTML page's Tools section has them.</summary>
internal static class MarkdownToolsSection
{
    public static void Write(TextWriter md, ReportView view, MarkdownTables tables)
    {
        var f = MarkdownFormat.Instance;
        md.WriteLine("## Tools handed to models");
        md.WriteLine();
        if (ToolRows.Of(view.Manifest) is not { } rows)
        {
            md.WriteLine(f.None(ToolRows.NotRecorded));
            md.WriteLine();
            return;
        }

        md.WriteLine(f.Text(ToolRows.Sentence(rows)));
        md.WriteLine();
        if (rows.Count > 0)
        {
            tables.Write(ToolRows.Columns, rows.Select(row => new[] { f.Code(LocationText.Of(row.Tool)) }.Concat(ToolRows.Cells(f, row.Tool, row.System)).ToArray()).ToList(), "tools");
        }
    }
}
