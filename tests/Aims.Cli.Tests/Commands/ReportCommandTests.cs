using System.Text.RegularExpressions;
using Aims.Cli.Inputs;
using Aims.Manifest.Model;
using Aims.Manifest.Vocabulary;
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

        foreach (var id in new[] { "summary", "inventory", "matrix", "gaps", "calls", "tools", "findings", "soa" })
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
    public void Every_tool_is_listed_once_with_its_system_effect_and_approval_and_an_undeclared_one_needs_action()
    {
        var golden = Fixtures.AnalyzerGolden("support-project.aims.json");
        var result = AimsTool.Run("report", golden, "-o", _folder.Combine("tools.html"));
        Assert.True(result.ExitCode == 0, result.ToString());
        var tools = Section(File.ReadAllText(_folder.Combine("tools.html")), "tools");
        var markdown = AimsTool.Run("report", golden, "--format", "md").StandardOutput;

        const string Sentence = "4 tools handed to models: 2 that act (1 without an approval step), 1 that no system covers.";
        Assert.Contains(Sentence, tools, StringComparison.Ordinal);
        Assert.Equal(4, Regex.Matches(tools, "<tr><td data-sort=").Count);
        Assert.Contains("undeclared (AIMS024)", tools, StringComparison.Ordinal);
        Assert.Contains("acts (its name begins with &#39;assign&#39;)", tools, StringComparison.Ordinal);
        Assert.Contains("## Tools handed to models", markdown, StringComparison.Ordinal);
        Assert.Contains($"- {Sentence}", markdown, StringComparison.Ordinal);
        Assert.Contains("**❌ Action needed**", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void AI_inside_dependencies_is_a_section_with_the_libraries_that_supply_no_system_as_gaps()
    {
        var manifest = Fixtures.WithDependencies(Directory.CreateDirectory(_folder.Combine("deps")).FullName);
        var result = AimsTool.Run("report", manifest, "-o", _folder.Combine("deps.html"));
        Assert.True(result.ExitCode == 0, result.ToString());
        var section = Section(File.ReadAllText(_folder.Combine("deps.html")), "dependencies");
        var markdown = AimsTool.Run("report", manifest, "--format", "md").StandardOutput;

        const string Sentence = "1 AI SDK and 2 other dependencies that call AI, 1 of them a supplier of no declared system.";
        Assert.Contains(Sentence, section, StringComparison.Ordinal);
        Assert.Contains("<span class=\"gap-text\">no system (AIMSB004)</span>", section, StringComparison.Ordinal);
        Assert.Contains("## AI inside dependencies", markdown, StringComparison.Ordinal);
        Assert.Contains(Sentence, markdown, StringComparison.Ordinal);
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
        var manifest = web with { UndeclaredUsages = [.. web.KnownUndeclaredUsages(), web.KnownUndeclaredUsages()[0] with { Line = 20, CalledMember = "ChatClient.CompleteChatLegacy", Bound = false }] };
        var html = AimsTool.Run("report", Fixtures.Write(manifest, _folder.Combine("Support.Web.aims.json")), "-o", "-").StandardOutput;
        var calls = Section(html, "calls");

        var all = manifest.KnownUndeclaredUsages().Concat(manifest.Systems.SelectMany(s => s.KnownCallSites())).ToList();
        Assert.Equal(all.Count, Regex.Matches(calls, "<tr><td data-sort").Count);
        foreach (var call in all)
        {
            Assert.Single(Regex.Matches(calls, Regex.Escape($"<code>{call.Path}:{call.Line}</code>")));
        }

        Assert.Contains("undeclared (AIMS020)", calls, StringComparison.Ordinal);
        Assert.Contains("no (did not bind)", calls, StringComparison.Ordinal);
    }

    [Fact]
    public void The_report_lists_each_waiver_with_how_and_why()
    {
        var html = Html(Fixtures.Claims);
        var markdown = AimsTool.Run("report", Fixtures.PathOf(Fixtures.Claims), "--format", "md").StandardOutput;

        string[][] expected =
        [
            ["AIMS001", "Intake.cs:19", "#pragma warning disable", "no justification"],
            ["AIMS001", "Intake.cs:24", "[SuppressMessage]", "Prototype behind a feature flag"],
            ["AIMS001", "Intake.cs:30", "[SuppressMessage]", "Load test harness, never deployed"],
            ["AIMS001", "Intake.cs:35", "[SuppressMessage]", "Replay tool, retired in Q3"],
        ];
        Assert.Equal(expected, ReportText.HtmlTable(html, "waivers").Select(row => row[..4]));
        Assert.Equal(expected, ReportText.MarkdownTables(markdown, "## Waivers").Select(row => row[..4]));
        var findings = ReportText.HtmlTable(html, "build-findings");
        Assert.Equal("Intake.cs:14", Assert.Single(findings)[2]);
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

    [Theory]
    [InlineData(Fixtures.SupportWeb)]
    [InlineData(Fixtures.Billing)]
    [InlineData(Fixtures.SupportDesk)]
    public void The_markdown_report_has_the_same_content_as_the_html_page(string fixture)
    {
        var html = Html(fixture);
        var markdown = Markdown(fixture);

        Assert.Equal(ReportText.HtmlHeadline(html), ReportText.MarkdownList(markdown, "## Summary"));
        Assert.Equal(ReportText.HtmlParagraph(html, "Management system:"), ReportText.MarkdownLine(markdown, "Management system:"));
        Assert.Equal(ReportText.HtmlTable(html, "systems"), ReportText.MarkdownTables(markdown, "## AI systems"));
        Assert.Equal(ReportText.HtmlTable(html, "coverage").Select(row => row.Where((_, column) => column != 1).ToArray()), ReportText.MarkdownTables(markdown, "## Annex A coverage").Skip(1));
        Assert.Equal(ReportText.HtmlTable(html, "control-gaps"), ReportText.MarkdownTables(markdown, "## Gaps"));
        Assert.Equal(ReportText.HtmlTable(html, "placeholder-values"), ReportText.MarkdownTables(markdown, "### Placeholders"));
        Assert.Equal(ReportText.HtmlTable(html, "ai-calls"), ReportText.MarkdownTables(markdown, "## AI calls"));
        Assert.Equal(ReportText.HtmlTable(html, "build-findings"), ReportText.MarkdownTables(markdown, "## Build findings"));
        Assert.Equal(ReportText.HtmlTable(html, "applicability"), ReportText.MarkdownTables(markdown, "## Statement of Applicability"));
    }

    [Fact]
    public void Calls_of_a_system_no_assembly_declares_are_never_reported_as_covered()
    {
        // typo-assistant is joined with [PartOfAiSystem] but declared nowhere; the manifest has no undeclared call.
        var golden = Fixtures.AnalyzerGolden("honest-evidence.aims.json");

        foreach (var report in new[] { AimsTool.Run("report", golden, "-o", "-").StandardOutput, AimsTool.Run("report", golden, "--format", "md").StandardOutput })
        {
            Assert.DoesNotContain("Every AI call is covered by a declared system.", report, StringComparison.Ordinal);
            Assert.Equal(2, Regex.Matches(report, "1 AI call belongs to a system no assembly declares\\.").Count);
        }
    }

    [Fact]
    public void A_system_no_assembly_declares_needs_action_even_when_nothing_else_does()
    {
        var web = Fixtures.Load(Fixtures.SupportWeb);
        var otherwiseClean = web with
        {
            UndeclaredUsages = [],
            Controls = web.KnownControls().Select(c => c with { Status = ControlStatus.Evidenced }).ToList(),
        };

        Assert.True(new Cli.Report.ReportView(otherwiseClean).NeedsAction);
        Assert.False(new Cli.Report.ReportView(otherwiseClean with { Systems = otherwiseClean.Systems.Where(s => s.DeclaredIn is not null).ToList() }).NeedsAction);
    }

    [Fact]
    public void Markdown_never_mentions_a_person_or_a_team()
    {
        var manifest = Fixtures.Load(Fixtures.SupportDesk);
        var path = Fixtures.Write(manifest with { Systems = [manifest.Systems[0] with { Owner = "@contoso/support-leads" }] }, _folder.Combine("SupportDesk.aims.json"));

        var markdown = AimsTool.Run("report", path, "--format", "md").StandardOutput;

        Assert.DoesNotMatch("(^|[^\\w])@[A-Za-z0-9]", markdown);
        Assert.Contains("@&#8203;contoso/support-leads", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Max_rows_shortens_every_markdown_table_and_says_where_the_rest_is()
    {
        var merged = _folder.Combine("org.aims.json");
        AimsTool.Run(["merge", .. Fixtures.All.Select(Fixtures.PathOf), "-o", merged]);

        var markdown = AimsTool.Run("report", merged, "--format", "md", "--max-rows", "2").StandardOutput;

        Assert.Equal(2, ReportText.MarkdownTables(markdown, "## AI systems").Count);
        Assert.Contains("… 3 more systems: see the HTML report (aims report).", markdown, StringComparison.Ordinal);
        Assert.Matches("<br>… \\d+ more lines: see the HTML report \\(aims report\\) \\|", markdown);
        var cells = markdown.Split('\n').Where(line => line.StartsWith('|')).SelectMany(line => line.Split(" | "));
        Assert.All(cells, cell => Assert.True(Regex.Matches(cell, "<br>").Count <= 2, cell));
        Assert.Equal(2, AimsTool.Run("report", merged, "--max-rows", "2", "-o", "-").ExitCode);
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

    /// <summary>An attribute that would load something: any src, or an href that is not a link within the page.</summary>
    [GeneratedRegex("(src|href|action|srcset|poster|data)\\s*=\\s*\"(?!#)", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalReference();

    /// <summary>A placeholder as the whole text of a cell, where it would read like a filled-in value.</summary>
    [GeneratedRegex("<td>&lt;[a-z -]+&gt;</td>")]
    private static partial Regex PlaceholderAsPlainCell();

    public void Dispose() => _folder.Dispose();
}
