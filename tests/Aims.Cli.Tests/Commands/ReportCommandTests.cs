using System.Text.RegularExpressions;
using Aims.Cli.Manifest;
using Aims.Cli.Tests.Harness;
using Xunit;

namespace Aims.Cli.Tests.Commands;

public sealed partial class ReportCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public void The_html_report_is_one_page_that_requests_nothing()
    {
        var html = Html(Fixtures.SupportDesk);

        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.DoesNotMatch(ExternalReference(), html);
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@import", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("url(", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@font-face", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'sha256-", html, StringComparison.Ordinal);
        Assert.Contains("@media print", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_report_has_the_inventory_the_matrix_the_gaps_the_calls_and_the_statement_of_applicability()
    {
        var html = Html(Fixtures.SupportDesk);

        foreach (var id in new[] { "summary", "inventory", "matrix", "gaps", "calls", "findings", "soa" })
        {
            Assert.Contains($"<section id=\"{id}\"", html, StringComparison.Ordinal);
        }

        Assert.Contains("15 of 38 Annex A controls evidenced; 23 gaps.", html, StringComparison.Ordinal);
        Assert.Contains("1 AI call not covered by any declared system.", html, StringComparison.Ordinal);
        Assert.Contains("Support Engineering", html, StringComparison.Ordinal);
        Assert.Contains("gpt-4o-mini-2024-07-18", html, StringComparison.Ordinal);
        Assert.Contains("<code>TicketRouter.cs:13</code>", html, StringComparison.Ordinal);
        Assert.Equal(38, Regex.Matches(Section(html, "soa"), "<tr><td><code>A\\.").Count);
        Assert.Equal(38 + 2, Regex.Matches(Section(html, "matrix"), "<th scope=\"col\"").Count);
    }

    [Fact]
    public void Placeholders_are_shown_as_gaps_never_as_values()
    {
        var html = Html(Fixtures.Billing);
        var markdown = Markdown(Fixtures.Billing);

        Assert.Contains("<span class=\"gap-text\">gap: placeholder <code>&lt;owner&gt;</code></span>", html, StringComparison.Ordinal);
        Assert.DoesNotMatch(PlaceholderAsPlainCell(), html);
        Assert.Contains("⚠️ **gap: placeholder** `<owner>`", markdown, StringComparison.Ordinal);
        Assert.Contains("⚠️ **gap: placeholder** `TODO: justify`", markdown, StringComparison.Ordinal);
        Assert.Contains("10 governance values are still a placeholder, counted as a gap.", html, StringComparison.Ordinal);
        Assert.Contains("Action needed", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Null_reads_as_not_declared()
    {
        var html = Html(Fixtures.SupportDesk);
        var inventoryRow = Section(html, "inventory");
        Assert.Contains("<td><span class=\"none\">not declared</span></td>", inventoryRow, StringComparison.Ordinal);
        Assert.Contains("_not declared_", Markdown(Fixtures.SupportDesk), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_AI_call_appears_once_with_its_file_and_line()
    {
        // The generator marks a call on an AI client that did not bind (code written for another SDK version) bound: false.
        var web = Fixtures.Load(Fixtures.SupportWeb);
        var manifest = web with { UndeclaredUsages = [.. web.UndeclaredUsages, web.UndeclaredUsages[0] with { Line = 20, CalledMember = "ChatClient.CompleteChatLegacy", Bound = false }] };
        var html = AimsTool.Run("report", Fixtures.Write(manifest, _folder.Combine("Support.Web.aims.json")), "-o", "-").StandardOutput;
        var calls = Section(html, "calls");

        var all = manifest.UndeclaredUsages.Concat(manifest.Systems.SelectMany(s => s.CallSites)).ToList();
        Assert.Equal(all.Count, Regex.Matches(calls, "<tr><td data-sort").Count);
        foreach (var call in all)
        {
            Assert.Single(Regex.Matches(calls, Regex.Escape($"<code>{call.Path}:{call.Line}</code>")));
        }

        Assert.Contains("undeclared (AIMS020)", calls, StringComparison.Ordinal);
        Assert.Contains("no (did not bind)", calls, StringComparison.Ordinal);
    }

    [Fact]
    public void A_system_is_evidenced_in_a_gap_that_names_only_other_systems()
    {
        var html = Html(Fixtures.SupportWeb);
        var matrix = Section(html, "matrix");

        Assert.Contains("title=\"ghost-system · A.3.2 AI roles and responsibilities: gap\"", matrix, StringComparison.Ordinal);
        Assert.Contains("title=\"triage-bot · A.3.2 AI roles and responsibilities: evidenced\"", matrix, StringComparison.Ordinal);
        Assert.Contains("title=\"triage-bot · A.4.2 Resource documentation: gap\"", matrix, StringComparison.Ordinal);
    }

    [Fact]
    public void Manifest_values_are_text_never_markup()
    {
        var manifest = Fixtures.Load(Fixtures.SupportDesk);
        var hostile = manifest with { Systems = [manifest.Systems[0] with { Owner = "Ops <img src=x onerror=alert(1)> & Co", Purpose = "a | b `c` *d*" }] };
        var path = Fixtures.Write(hostile, _folder.Combine("Hostile.aims.json"));

        var html = AimsTool.Run("report", path, "-o", "-").StandardOutput;
        var markdown = AimsTool.Run("report", path, "--format", "md").StandardOutput;

        Assert.Contains("Ops &lt;img src=x onerror=alert(1)&gt; &amp; Co", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
        Assert.Contains("Ops &lt;img src=x onerror=alert(1)&gt; &amp; Co", markdown, StringComparison.Ordinal);
        Assert.Contains("a \\| b \\`c\\` \\*d\\*", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Several_inputs_are_reported_together()
    {
        var html = AimsTool.Run("report", Fixtures.PathOf(Fixtures.SupportCore), Fixtures.PathOf(Fixtures.SupportWeb), "-o", "-").StandardOutput;

        Assert.Contains("Inventory &#39;inventory&#39; of 2 assemblies: Support.Core 3.1.0.0 (4f2a9c1), Support.Web 3.1.0.0 (4f2a9c1).", html, StringComparison.Ordinal);
        Assert.Contains("<code>Support.Web: Controllers/TriageController.cs:12</code>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_manifest_gives_the_same_bytes()
    {
        Assert.Equal(AimsTool.Run("report", Fixtures.PathOf(Fixtures.SupportWeb), "-o", "-").StandardOutputBytes, AimsTool.Run("report", Fixtures.PathOf(Fixtures.SupportWeb), "-o", "-").StandardOutputBytes);
        Assert.Equal(AimsTool.Run("report", Fixtures.PathOf(Fixtures.Billing), "--format", "md").StandardOutputBytes, AimsTool.Run("report", Fixtures.PathOf(Fixtures.Billing), "--format", "md").StandardOutputBytes);
    }

    [Fact]
    public void Markdown_goes_to_standard_output_and_html_to_aims_report_html()
    {
        var aims = Path.Combine(AppContext.BaseDirectory, "aims.dll");
        var markdown = Processes.Run("dotnet", [aims, "report", Fixtures.PathOf(Fixtures.SupportDesk), "--format", "md"], _folder.Path);
        Assert.Equal(0, markdown.ExitCode);
        Assert.StartsWith("# AI inventory and ISO/IEC 42001 Annex A evidence", markdown.Output, StringComparison.Ordinal);

        var html = Processes.Run("dotnet", [aims, "report", Fixtures.PathOf(Fixtures.SupportDesk)], _folder.Path);
        Assert.Equal(0, html.ExitCode);
        Assert.Equal("aims: wrote aims-report.html", html.Output.Trim());
        Assert.StartsWith("<!DOCTYPE html>", File.ReadAllText(_folder.Combine("aims-report.html")), StringComparison.Ordinal);
    }

    [Fact]
    public void The_markdown_report_has_the_same_content_as_the_html_page()
    {
        var markdown = Markdown(Fixtures.SupportWeb);

        foreach (var heading in new[] { "## Summary", "## AI systems", "<details><summary>Annex A coverage", "## Gaps", "## AI calls", "## Build findings", "<details><summary>Statement of Applicability" })
        {
            Assert.Contains(heading, markdown, StringComparison.Ordinal);
        }

        Assert.Contains("3 AI calls not covered by any declared system.", markdown, StringComparison.Ordinal);
        Assert.Equal(38, Regex.Matches(markdown, "^\\| `A\\.", RegexOptions.Multiline).Count - Regex.Matches(Section(markdown, "## Gaps", "## AI calls"), "^\\| `A\\.", RegexOptions.Multiline).Count);
    }

    [Fact]
    public void A_report_of_two_assemblies_declaring_one_id_exits_1_and_says_so()
    {
        var result = AimsTool.Run("report", Fixtures.PathOf(Fixtures.FraudApi), Fixtures.PathOf(Fixtures.FraudBatch), "--format", "md");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("1 AI system id declared by more than one assembly.", result.StandardOutput, StringComparison.Ordinal);
    }

    private string Html(string fixture)
    {
        var result = AimsTool.Run("report", Fixtures.PathOf(fixture), "-o", _folder.Combine(fixture + ".html"));
        Assert.True(result.ExitCode == 0, result.ToString());
        return File.ReadAllText(_folder.Combine(fixture + ".html"));
    }

    private static string Markdown(string fixture)
    {
        var result = AimsTool.Run("report", Fixtures.PathOf(fixture), "--format", "md");
        Assert.True(result.ExitCode == 0, result.ToString());
        return result.StandardOutput;
    }

    private static string Section(string html, string id)
    {
        var start = html.IndexOf($"<section id=\"{id}\"", StringComparison.Ordinal);
        return html[start..html.IndexOf("</section>", start, StringComparison.Ordinal)];
    }

    private static string Section(string markdown, string from, string to)
    {
        var start = markdown.IndexOf(from, StringComparison.Ordinal);
        return markdown[start..markdown.IndexOf(to, start, StringComparison.Ordinal)];
    }

    /// <summary>An attribute that would load something: any src, or an href that is not a link within the page.</summary>
    [GeneratedRegex("(src|href|action|srcset|poster|data)\\s*=\\s*\"(?!#)", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalReference();

    /// <summary>A placeholder as the whole text of a cell, where it would read like a filled-in value.</summary>
    [GeneratedRegex("<td>&lt;[a-z -]+&gt;</td>")]
    private static partial Regex PlaceholderAsPlainCell();

    public void Dispose() => _folder.Dispose();
}
