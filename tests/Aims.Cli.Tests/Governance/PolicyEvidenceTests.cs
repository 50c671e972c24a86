using System.Text.Json;
using Aims.Cli.Tests.Harness;
using Aims.Manifest.Model;
using Aims.Manifest.Vocabulary;
using Xunit;

namespace Aims.Cli.Tests.Governance;

/// <summary>
/// The AI policy a build applied and its verdicts (the findings of AIMS027 to AIMS033), as the report, aims diff, aims
/// merge and the BOMs show them.
/// </summary>
public sealed class PolicyEvidenceTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private string Write(ManifestDocument manifest, string path) => Fixtures.Write(manifest, _folder.Combine(path));

    private static ManifestDocument Governed(params Finding[] verdicts)
    {
        var sample = Fixtures.Load(Fixtures.SupportDesk);
        return sample with { Policy = PolicyEvidence.Contoso, Findings = [.. sample.Findings ?? [], .. verdicts] };
    }

    [Fact]
    public void The_report_names_the_policy_and_lists_its_open_violations_in_html_and_markdown()
    {
        var manifest = Write(Governed(PolicyEvidence.Violation(18), PolicyEvidence.Violation(30) with { Suppression = new Suppression("pragma", "Migration ticket 42", null) }), "SupportDesk.aims.json");

        var markdown = AimsTool.Run("report", manifest, "--format", "md").StandardOutput;
        var html = AimsTool.Run("report", manifest, "-o", "-").StandardOutput;

        Assert.Contains("## AI policy", markdown, StringComparison.Ordinal);
        Assert.Contains($"The build applied the AI policy Contoso AI policy 2026.1 (sha256 {PolicyEvidence.Contoso.Sha256![..12]}).", markdown, StringComparison.Ordinal);
        var rows = ReportText.HtmlTable(html, "policy-violations");
        var row = Assert.Single(rows);
        Assert.Equal(["AIMS028", "TicketRouter.cs:18", PolicyEvidence.Violation(18).Message], row);
        Assert.Contains(PolicyEvidence.Violation(18).Message, markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void A_report_without_a_policy_says_none_applied_and_one_read_from_a_binary_says_it_is_not_known()
    {
        var none = AimsTool.Run("report", Fixtures.PathOf(Fixtures.SupportDesk), "--format", "md").StandardOutput;
        var sample = Fixtures.Load(Fixtures.SupportDesk);
        var binary = Write(sample with { Evidence = sample.Evidence with { Source = EvidenceSource.Binary, Missing = "read from the assembly's IL" }, Findings = null }, "binary/SupportDesk.aims.json");

        Assert.Contains("No AI policy applied.", none, StringComparison.Ordinal);
        Assert.Contains("The build reported no policy violation.", none, StringComparison.Ordinal);
        Assert.Contains("Which AI policy the build applied is not known: read from the assembly's IL.", AimsTool.Run("report", binary, "--format", "md").StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void Diff_fails_on_a_new_violation_matched_by_file_rule_and_message_not_line_and_on_a_removed_policy()
    {
        var old = Write(Governed(PolicyEvidence.Violation(18)), "1.0/SupportDesk.aims.json");
        var moved = Write(Governed(PolicyEvidence.Violation(25)), "1.1/SupportDesk.aims.json");
        var added = Write(Governed(PolicyEvidence.Violation(18), PolicyEvidence.Violation(40)), "1.2/SupportDesk.aims.json");
        var waived = Write(Governed(PolicyEvidence.Violation(18), PolicyEvidence.Violation(40) with { Suppression = new Suppression("pragma", null, null) }), "1.3/SupportDesk.aims.json");
        var ungoverned = Write(Governed() with { Policy = null }, "1.4/SupportDesk.aims.json");

        var result = AimsTool.Run("diff", old, added, "--fail-on", "policy");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains($"REGRESSION policy  SupportDesk: TicketRouter.cs:40: AIMS028: {PolicyEvidence.Violation(40).Message}", result.StandardOutput, StringComparison.Ordinal);
        Assert.Equal(0, AimsTool.Run("diff", old, moved, "--fail-on", "policy").ExitCode);
        Assert.Equal(0, AimsTool.Run("diff", old, waived, "--fail-on", "policy").ExitCode);
        var removed = AimsTool.Run("diff", old, ungoverned);
        Assert.True(removed.ExitCode == 1, removed.ToString());
        Assert.Contains("REGRESSION policy-removed  Contoso AI policy 2026.1", removed.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void A_merged_inventory_keeps_the_policy_its_sources_share_and_each_source_s_when_they_differ()
    {
        var billing = Fixtures.Load(Fixtures.Billing);
        var governed = Write(Governed(), "a/SupportDesk.aims.json");
        var alsoGoverned = Write(billing with { Policy = PolicyEvidence.Contoso }, "a/Billing.aims.json");
        var ungoverned = Write(billing, "b/Billing.aims.json");

        var shared = Cli.Inputs.ManifestReader.Read("merged", AimsTool.Run("merge", governed, alsoGoverned).StandardOutputBytes);
        var mixed = Cli.Inputs.ManifestReader.Read("merged", AimsTool.Run("merge", governed, ungoverned).StandardOutputBytes);

        Assert.Equal(PolicyEvidence.Contoso, shared.Policy);
        Assert.Null(mixed.Policy);
        Assert.Equal([null, PolicyEvidence.Contoso], mixed.Sources!.Select(source => source.Policy));
        var markdown = AimsTool.Run("report", governed, ungoverned, "--format", "md").StandardOutput;
        Assert.Contains("Billing: No AI policy applied.", markdown, StringComparison.Ordinal);
        Assert.Contains("SupportDesk: The build applied the AI policy Contoso AI policy 2026.1", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void The_boms_carry_the_policy_and_each_open_violation()
    {
        var manifest = Write(Governed(PolicyEvidence.Violation(18)), "SupportDesk.aims.json");

        using var cycloneDx = JsonDocument.Parse(AimsTool.Run("bom", manifest).StandardOutputBytes);
        using var spdx = JsonDocument.Parse(AimsTool.Run("bom", manifest, "--format", "spdx3").StandardOutputBytes);

        var properties = cycloneDx.RootElement.GetProperty("metadata").GetProperty("component").GetProperty("properties").EnumerateArray()
            .Select(p => (p.GetProperty("name").GetString(), p.GetProperty("value").GetString())).ToList();
        Assert.Contains(("aims:policy.name", "Contoso AI policy"), properties);
        Assert.Contains(("aims:policy.version", "2026.1"), properties);
        Assert.Contains(("aims:policy.sha256", PolicyEvidence.Contoso.Sha256), properties);
        Assert.Contains(("aims:policy.violation", $"AIMS028 TicketRouter.cs:18: {PolicyEvidence.Violation(18).Message}"), properties);
        var root = spdx.RootElement.GetProperty("@graph").EnumerateArray().Single(e => e.GetProperty("type").GetString() == "software_Package" && e.GetProperty("name").GetString() == "SupportDesk");
        Assert.Contains($"AI policy violation: AIMS028 TicketRouter.cs:18", root.GetProperty("comment").GetString(), StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();
}
