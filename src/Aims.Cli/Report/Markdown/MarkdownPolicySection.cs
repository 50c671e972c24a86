using System.IO;
using System.Linq;

namespace Aims.Cli.Report.Markdown;

/// <summary>The AI policy that applied and its open verdicts, as the HTML page's section has them.</summary>
internal static class MarkdownPolicySection
{
    public static void Write(TextWriter md, ReportView view, MarkdownTables tables)
    {
        var f = MarkdownFormat.Instance;
        md.WriteLine("## AI policy");
        md.WriteLine();
        foreach (var sentence in PolicyRows.Applied(view.Manifest))
        {
            md.WriteLine(f.Text(sentence));
            md.WriteLine();
        }

        if (view.FindingsNotKnown is null)
        {
            var verdicts = PolicyRows.Verdicts(view.Manifest);
            if (verdicts.Count == 0)
            {
                md.WriteLine("The build reported no policy violation.");
                md.WriteLine();
            }
            else
            {
                tables.Write(PolicyRows.Columns, verdicts.Select(v => PolicyRows.Cells(f, v)).ToList(), "violations");
            }
        }
    }
}
