using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace Aims.Cli.Report.Markdown;

/// <summary>
/// Writes GitHub-flavoured Markdown tables of at most <c>maxRows</c> rows, and cells of at most as many lines, each
/// followed by how much more the HTML report holds: a pull-request comment takes 65,536 characters and a job summary
/// 1 MiB, while an organisation's inventory can hold thousands of systems.
/// </summary>
internal sealed class MarkdownTables(TextWriter md, int maxRows)
{
    private const string SeeTheHtml = "see the HTML report (aims report)";

    public void Write(IReadOnlyList<string> headers, IReadOnlyList<string[]> rows, string rowNoun)
    {
        md.WriteLine("| " + string.Join(" | ", headers.Select(MarkdownText.Cell)) + " |");
        md.WriteLine("|" + string.Concat(headers.Select(_ => "---|")));
        foreach (var row in rows.Take(maxRows))
        {
            md.WriteLine("| " + string.Join(" | ", row.Select(cell => cell.Length == 0 ? " " : cell)) + " |");
        }

        md.WriteLine();
        if (rows.Count > maxRows)
        {
            md.WriteLine($"… {rows.Count - maxRows} more {rowNoun}: {SeeTheHtml}.");
            md.WriteLine();
        }
    }

    /// <summary>Lines within one cell, each already escaped.</summary>
    public string Lines(IReadOnlyList<string> lines) => lines.Count <= maxRows
        ? string.Join("<br>", lines)
        : string.Join("<br>", lines.Take(maxRows)) + $"<br>… {lines.Count - maxRows} more lines: {SeeTheHtml}";
}
