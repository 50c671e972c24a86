using System.Globalization;
using System.Linq;
using System.Text;
using Aims.Cli.Governance;
using Aims.Manifest.Model;
using Aims.Manifest.Vocabulary;
using Aims.Cli.Inputs;

namespace Aims.Cli.Report.Html;

/// <summary>The first screen: a verdict and the counts that matter, readable in ten seconds and in print.</summary>
internal static class HtmlSummarySection
{
    private const int BarWidth = 320;

    public static void WriteTo(StringBuilder html, ReportView view)
    {
        html.Append("<section id=\"summary\" aria-labelledby=\"summary-title\"><h2 id=\"summary-title\">Summary</h2><div class=\"cards\">\n");
        html.Append($"<div class=\"card verdict {(view.NeedsAction ? "action" : "clear")}\"><div class=\"status\">{(view.NeedsAction ? "Action needed" : "No open gaps")}</div>");
        foreach (var sentence in view.Headline())
        {
            html.Append($"<p>{HtmlText.Encode(sentence)}</p>");
        }

        html.Append("</div>\n");

        html.Append($"<div class=\"card\"><h3>AI systems</h3><div class=\"big\">{view.Systems.Count}</div><ul class=\"counts\">");
        foreach (var tier in Enumerable.Reverse(RiskTier.All))
        {
            html.Append($"<li><span class=\"risk {tier}\">{tier}</span><span>{view.CountSystems(tier)}</span></li>");
        }

        html.Append("</ul></div>\n");

        html.Append($"<div class=\"card\"><h3>Annex A controls</h3><div class=\"big\">{view.CountControls(ControlStatus.Evidenced)} / {view.Controls.Count}</div><p class=\"meta\">evidenced</p>");
        WriteBar(html, view);
        html.Append("</div>\n");

        html.Append($"<div class=\"card\"><h3>Undeclared AI calls</h3><div class=\"big\">{view.Manifest.KnownUndeclaredUsages().Count}</div><p class=\"meta\">calls no declared system covers (shadow AI)</p></div>\n");
        html.Append($"<div class=\"card\"><h3>Placeholders</h3><div class=\"big\">{view.Placeholders.Count}</div><p class=\"meta\">governance values still to fill in</p></div>\n");
        html.Append($"<div class=\"card\"><h3>Build findings</h3><div class=\"big\">{(view.Manifest.Findings is { } findings ? findings.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) : "not known")}</div><ul class=\"counts\">");
        foreach (var severity in view.Manifest.Findings is null ? [] : new[] { "error", "warning", "info" })
        {
            html.Append($"<li><span>{severity}</span><span>{view.CountFindings(severity)}</span></li>");
        }

        html.Append("</ul></div>\n</div></section>\n");
    }

    private static void WriteBar(StringBuilder html, ReportView view)
    {
        var total = view.Controls.Count;
        html.Append($"<svg class=\"bar\" role=\"img\" aria-label=\"Control statuses\" viewBox=\"0 0 {BarWidth} 14\" preserveAspectRatio=\"none\">");
        var x = 0.0;
        foreach (var status in ControlStatus.All)
        {
            var count = view.CountControls(status);
            if (count == 0 || total == 0)
            {
                continue;
            }

            var width = BarWidth * count / (double)total;
            html.Append($"<rect class=\"{status}\" x=\"{Number(x)}\" y=\"0\" width=\"{Number(width)}\" height=\"14\"><title>{count} {StatusDisplay.Word(status)}</title></rect>");
            x += width;
        }

        html.Append("</svg><ul class=\"legend\">");
        foreach (var status in ControlStatus.All)
        {
            html.Append($"<li><span class=\"swatch {status}\"></span>{view.CountControls(status)} {StatusDisplay.Word(status)}</li>");
        }

        html.Append("</ul>");
    }

    private static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
