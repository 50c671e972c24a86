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
        var command = new Command("report", "Write the AI inventory, Annex A coverage, gaps and Statement of Applicability as HTML or Markdown") { inputs, output, format };
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
                    MarkdownReportWriter.Write(view, text);
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
