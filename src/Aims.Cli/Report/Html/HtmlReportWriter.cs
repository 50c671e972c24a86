using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using Aims.Cli.Output;
using Aims.Manifest.Model;

namespace Aims.Cli.Report.Html;

/// <summary>
/// Writes the report as one self-contained HTML page: the style, the script and the charts are inline, and a Content
/// Security Policy that allows only those (by hash) forbids the page any request, so it opens the same offline, from
/// an e-mail attachment or an archive, and prints on paper.
/// </summary>
internal static class HtmlReportWriter
{
    private static readonly string Style = ReadAsset("report.css");
    private static readonly string Script = ReadAsset("report.js");

    public static void Write(ReportView view, Stream destination)
    {
        var html = new StringBuilder(64 * 1024);
        var f = HtmlFormat.Instance;
        var manifest = view.Manifest;
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append($"<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src '{Hash(Style)}'; script-src '{Hash(Script)}'; base-uri 'none'; form-action 'none'\">\n")
            .Append($"<title>AI inventory report: {HtmlText.Encode(manifest.Assembly.Name)}</title>\n")
            .Append("<style>").Append(Style).Append("</style>\n</head>\n<body>\n");

        html.Append("<header><h1>AI inventory and ISO/IEC 42001 Annex A evidence</h1>\n")
            .Append($"<p class=\"meta\">{f.Text(SourcesLine(manifest))}</p>\n")
            .Append($"<p class=\"meta\">Management system: {FactDescriptions.ManagementSystem(f, manifest.ManagementSystem)}</p></header>\n");
        html.Append("<nav aria-label=\"Sections\"><a href=\"#summary\">Summary</a><a href=\"#inventory\">AI systems</a><a href=\"#matrix\">Annex A coverage</a>")
            .Append("<a href=\"#gaps\">Gaps</a><a href=\"#calls\">AI calls</a><a href=\"#tools\">Tools</a><a href=\"#dependencies\">Dependencies</a><a href=\"#policy\">AI policy</a><a href=\"#findings\">Build findings</a><a href=\"#waivers\">Waivers</a><a href=\"#soa\">Statement of Applicability</a></nav>\n<main>\n");

        HtmlSummarySection.WriteTo(html, view);
        HtmlInventorySection.WriteTo(html, view);
        HtmlMatrixSection.WriteTo(html, view);
        HtmlGapsSection.WriteTo(html, view);
        HtmlCallsSection.WriteTo(html, view);
        HtmlToolsSection.WriteTo(html, view);
        HtmlDependenciesSection.WriteTo(html, view);
        HtmlPolicySection.WriteTo(html, view);
        HtmlFindingsSection.WriteTo(html, view);
        HtmlWaiversSection.WriteTo(html, view);
        HtmlApplicabilitySection.WriteTo(html, view);

        html.Append("</main>\n<footer>")
            .Append($"Written by aims {HtmlText.Encode(ToolVersion.Version)} from a schemaVersion {HtmlText.Encode(manifest.SchemaVersion)} manifest. ")
            .Append("Placeholders are gaps and \"not declared\" means the code states nothing. This page makes no network request.</footer>\n")
            .Append("<script>").Append(Script).Append("</script>\n</body>\n</html>\n");

        destination.Write(new UTF8Encoding(false).GetBytes(html.ToString()));
    }

    private static string SourcesLine(ManifestDocument manifest)
    {
        var sources = manifest.SourceAssemblies;
        var assemblies = string.Join(", ", sources.Select(s => $"{s.Name} {s.Version}" + (s.SourceRevision is null ? "" : $" ({s.SourceRevision})")));
        var what = manifest.Sources is null ? "Assembly" : $"Inventory '{manifest.Assembly.Name}' of {sources.Count} assemblies:";
        return $"{what} {assemblies}. Analysis mode {manifest.AnalysisMode}; manifest written by {manifest.Generator.Name} {manifest.Generator.Version}.";
    }

    /// <summary>The CSP source expression of an inline element's exact text.</summary>
    private static string Hash(string inline) => "sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(inline)));

    private static string ReadAsset(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Aims.Cli.Report." + name)
            ?? throw new InvalidOperationException($"The report asset {name} is missing from the tool.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd().ReplaceLineEndings("\n");
    }
}
