using System.IO;
using Aims.Cli.Report;

namespace Aims.Cli.Diff;

/// <summary>The diff as Markdown for a pull-request comment or a job summary.</summary>
internal static class DiffMarkdownWriter
{
    public static void Write(DiffResult result, TextWriter markdown)
    {
        markdown.WriteLine("## AI inventory changes");
        markdown.WriteLine();
        markdown.WriteLine($"{MarkdownText.Escape(DiffResult.Describe(result.Old))} → {MarkdownText.Escape(DiffResult.Describe(result.New))}");
        markdown.WriteLine();
        if (result.Changes.Count == 0)
        {
            markdown.WriteLine("No changes to AI systems, controls or undeclared AI calls.");
        }
        else
        {
            markdown.WriteLine("| | change | subject | detail |");
            markdown.WriteLine("|---|---|---|---|");
            foreach (var change in result.Changes)
            {
                var marker = change.Kind.IsRegression ? "❌ regression" : "ℹ️";
                markdown.WriteLine($"| {marker} | `{change.Kind.Name}` | {MarkdownText.Cell(change.Subject)} | {MarkdownText.Cell(change.Detail)} |");
            }
        }

        markdown.WriteLine();
        markdown.WriteLine($"**{MarkdownText.Escape(result.Verdict)}**");
    }
}
