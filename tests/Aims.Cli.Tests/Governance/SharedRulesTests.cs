using System.Text.Json;
using Aims.Cli.Inputs;
using Aims.Manifest.Model;
using Aims.Manifest.Vocabulary;
using Aims.Cli.Tests.Harness;
using Xunit;

namespace Aims.Cli.Tests.Governance;

/// <summary>
/// The tool decides as the analyzers and the MSBuild task do because all three use one library, Aims.Manifest: the
/// Annex A control table, the placeholder rule, the manifest's reader and writer. And it treats a control status it
/// does not know the same way everywhere: as a gap.
/// </summary>
public sealed class SharedRulesTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public void The_tool_uses_the_manifest_librarys_Annex_A_table_and_placeholder_rule_and_holds_no_copy()
    {
        Assert.Empty(Quality.ToolSources.LinkedFiles);
        var tool = typeof(Cli.Commands.AimsApp).Assembly;
        Assert.Null(tool.GetType("Aims.Manifest.Vocabulary.AnnexAControls"));
        Assert.Contains(tool.GetReferencedAssemblies(), reference => reference.Name == "Aims.Manifest");
        Assert.Equal("Aims.Manifest", typeof(AnnexAControls).Assembly.GetName().Name);
        Assert.Contains(typeof(Aims.Analyzers.Rules.GovernanceValueAnalyzer).Assembly.GetReferencedAssemblies(), reference => reference.Name == "Aims.Manifest");
        Assert.DoesNotContain(Quality.ToolSources.OwnFiles, file => File.ReadAllText(RepositoryRoot.Combine("src/Aims.Cli/" + file)).Contains("\"A.10.4\"", StringComparison.Ordinal));
    }

    [Fact]
    public void A_control_status_the_tool_does_not_know_is_a_gap_in_the_report_the_bom_and_the_merge()
    {
        var desk = Fixtures.Load(Fixtures.SupportDesk);
        var odd = Fixtures.Write(desk with { Controls = desk.KnownControls().Select(c => c.Id == "A.3.2" ? c with { Status = "partial" } : c).ToList() }, _folder.Combine("SupportDesk.aims.json"));

        var markdown = AimsTool.Run("report", odd, "--format", "md").StandardOutput;
        Assert.Contains(ReportText.MarkdownTables(markdown, "## Gaps"), row => row[0] == "A.3.2");
        var html = AimsTool.Run("report", odd, "-o", "-").StandardOutput;
        Assert.Contains(ReportText.HtmlTable(html, "control-gaps"), row => row[0] == "A.3.2");

        using var bom = JsonDocument.Parse(AimsTool.Run("bom", odd).StandardOutputBytes);
        var entry = bom.RootElement.GetProperty("declarations").GetProperty("attestations")[0].GetProperty("map").EnumerateArray().Single(e => e.GetProperty("requirement").GetString() == "requirement:A.3.2");
        Assert.True(entry.TryGetProperty("counterClaims", out _));
        Assert.Equal(0, entry.GetProperty("conformance").GetProperty("score").GetDouble());

        var merged = ManifestModelOf(AimsTool.Run("merge", odd, Fixtures.PathOf(Fixtures.SupportCore)).StandardOutputBytes);
        Assert.Equal(ControlStatus.Gap, merged.KnownControls().Single(c => c.Id == "A.3.2").Status);
    }

    private static ManifestDocument ManifestModelOf(byte[] json) => Cli.Inputs.ManifestReader.Read("merged", json);

    public void Dispose() => _folder.Dispose();
}
