using System.CommandLine;
using System.IO;
using System.Text;
using Aims.Cli.Report;
using Aims.Cli.Report.Html;
using Aims.Cli.Report.Markdown;

namespace Aims.Cli.Commands;

/// <summary>
/// <c>aims report &lt;inputs&gt;... [-o file] [--format html|md]</c>: the inventory, the Annex A coverage matrix, the gaps
/// and the Statement of Applicability, as one self-contained HTML page or as Markdown. Several inputs are merged first.
/// </summary>
internal static class ReportCommand
{
    public const string DefaultHtmlFile = "aims-report.html";

    public static Command Create(CliConsole console)
    {
        var inputs = CommonArguments.Inputs();
        var output = CommonArguments.Output($"Where to write the report (default: {DefaultHtmlFile} for html, standard output for md; '-' for standard output)");
        var format = CommonArguments.Format("html", "html", "md");
        var maxRows = new Option<int>("--max-rows")
        {
            Description = $"Markdown only: the most rows of each table and lines of each cell, the rest left to the HTML report (default {MarkdownReportWriter.DefaultMaxRows}; GitHub takes 65,536 characters in a comment and 1 MiB in a job summary)",
            HelpName = "count",
            DefaultValueFactory = _ => MarkdownReportWriter.DefaultMaxRows,
        };
        maxRows.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1)
            {
                result.AddError("--max-rows: give a count of at least 1");
            }
        });
        var command = new Command("report", "Write the AI inventory, Annex A coverage, gaps and Statement of Applicability as HTML or Markdown") { inputs, output, format, maxRows };
        command.Validators.Add(result =>
        {
            if (result.GetResult(maxRows) is { Implicit: false } && result.GetValue(format) != "md")
            {
                result.AddError("--max-rows: applies to --format md only; the HTML report holds every row");
            }
        });
        command.SetAction(parse =>
        {
            var manifest = InventoryInputs.Load(parse.GetValue(inputs)!, console, "inventory");
            var view = new ReportView(manifest);
            var markdown = parse.GetValue(format) == "md";
            var target = parse.GetValue(output) ?? (markdown ? null : DefaultHtmlFile);
            OutputTarget.Write(target, console, stream =>
            {
                if (markdown)
                {
                    using var text = new StreamWriter(stream, new UTF8Encoding(false), leaveOpen: true) { NewLine = "\n" };
                    MarkdownReportWriter.Write(view, text, parse.GetValue(maxRows));
                }
                else
                {
                    HtmlReportWriter.Write(view, stream);
                }
            });
            if (target is not null && target != OutputTarget.StandardOutputName)
            {
                console.Error.WriteLine($"aims: wrote {target}");
            }

            return InventoryInputs.ExitCodeFor(manifest);
        });
        return command;
    }
}
