using Aims.Cli.Inputs;
using Aims.Cli.Governance;
using Aims.Manifest.Model;
using Aims.Manifest.Vocabulary;
using Aims.Cli.Tests.Harness;
using Xunit;
using ManifestModel = Aims.Manifest.Model.ManifestDocument;

namespace Aims.Cli.Tests.Commands;

public sealed class MergeCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public void Merge_joins_pieces_across_assemblies()
    {
        var merged = Merge(Fixtures.SupportCore, Fixtures.SupportWeb);

        var triage = merged.Systems.Single(s => s.Id == "triage-bot");
        Assert.Equal("Support.Core", triage.DeclaredIn);
        Assert.Equal(new SourceLocation("Support.Core", "Triage/TriageBot.cs", 10, "Support.Core.TriageBot"), triage.DeclaredAt);
        Assert.Equal("Ticket triage", triage.Name);
        Assert.Equal([new SourceLocation("Support.Web", "Controllers/TriageController.cs", 7, "Support.Web.TriageController")], triage.Pieces);
        Assert.Equal(["Support.Core: Triage/TriageBot.cs:21", "Support.Web: Controllers/TriageController.cs:10", "Support.Web: Controllers/TriageController.cs:12"],
            triage.KnownCallSites().Select(c => $"{c.Assembly}: {c.Path}:{c.Line}"));
        Assert.Equal("routing-accuracy", Assert.Single(triage.Evaluations).Metric);
    }

    [Fact]
    public void Merge_drops_facts_copied_from_the_metadata_of_an_assembly_it_merges()
    {
        var triage = Merge(Fixtures.SupportCore, Fixtures.SupportWeb).Systems.Single(s => s.Id == "triage-bot");

        Assert.Equal(2, triage.DataSources.Count);
        foreach (var declaredAt in triage.DataSources.Select(d => d.DeclaredAt).Append(Assert.Single(triage.Models).DeclaredAt).Append(Assert.Single(triage.EventLogging).DeclaredAt).Append(Assert.Single(triage.Evaluations).DeclaredAt).Append(Assert.Single(triage.Risks).DeclaredAt))
        {
            Assert.Equal("Support.Core", declaredAt!.Assembly);
            Assert.Equal("Triage/TriageBot.cs", declaredAt.Path);
        }
    }

    [Fact]
    public void Merge_keeps_copied_facts_when_the_declaring_assembly_is_not_merged()
    {
        var triage = Merge(Fixtures.SupportWeb).Systems.Single(s => s.Id == "triage-bot");

        Assert.Equal("Support.Core", triage.DeclaredIn);
        Assert.Equal(new SourceLocation("Support.Core", null, null, "Support.Core.TriageBot"), triage.DeclaredAt);
        Assert.All(triage.DataSources, d => Assert.True(d.DeclaredAt!.IsMetadataCopy));
    }

    [Fact]
    public void Merge_keeps_a_system_declared_nowhere_with_declaredIn_null()
    {
        var ghost = Merge(Fixtures.SupportCore, Fixtures.SupportWeb).Systems.Single(s => s.Id == "ghost-system");
        Assert.Null(ghost.DeclaredIn);
        Assert.Null(ghost.DeclaredAt);
        Assert.Null(ghost.Owner);
        Assert.Equal("Support.Web", Assert.Single(ghost.KnownCallSites()).Assembly);
    }

    [Fact]
    public void Merge_lists_every_call_of_every_assembly_once()
    {
        var inputs = new[] { Fixtures.SupportCore, Fixtures.SupportWeb, Fixtures.SupportDesk, Fixtures.Billing };
        // Each manifest lists the calls of its own assembly, under a system or as undeclared.
        var expected = inputs.Select(Fixtures.Load).Sum(m => m.KnownUndeclaredUsages().Count + m.Systems.Sum(s => s.KnownCallSites().Count));
        var merged = Merge(inputs);

        var calls = merged.KnownUndeclaredUsages().Concat(merged.Systems.SelectMany(s => s.KnownCallSites())).ToList();
        Assert.Equal(expected, calls.Count);
        Assert.Equal(calls.Count, calls.Select(c => (c.Assembly, c.Path, c.Line, c.CalledMember)).Distinct().Count());
        Assert.Equal(merged.Summary.CallSites!.Model + merged.Summary.CallSites.Service, calls.Count);
        Assert.Equal(merged.KnownUndeclaredUsages().Count, merged.Summary.CallSites.Undeclared);
    }

    [Fact]
    public void Merge_reports_an_id_declared_in_two_assemblies_and_exits_1()
    {
        var output = _folder.Combine("org.aims.json");
        var result = AimsTool.Run("merge", Fixtures.PathOf(Fixtures.FraudApi), Fixtures.PathOf(Fixtures.FraudBatch), "-o", output);

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Equal("aims: warning: AI system 'fraud-scorer' is declared in Fraud.Api and Fraud.Batch; the inventory keeps the declaration of Fraud.Api\n", result.StandardError);
        var merged = Fixtures.Load(output);
        Assert.Equal(new DuplicateSystem("fraud-scorer", ["Fraud.Api", "Fraud.Batch"]), Assert.Single(merged.DuplicateSystems!), new DuplicateComparer());
        var scorer = Assert.Single(merged.Systems);
        Assert.Equal("Risk Engineering", scorer.Owner);
        Assert.Equal(2, scorer.KnownCallSites().Count);
    }

    [Fact]
    public void Bom_and_report_of_an_inventory_with_a_duplicate_id_say_why_they_exit_1()
    {
        var inventory = _folder.Combine("org.aims.json");
        Assert.Equal(1, AimsTool.Run("merge", Fixtures.PathOf(Fixtures.FraudApi), Fixtures.PathOf(Fixtures.FraudBatch), "-o", inventory).ExitCode);

        foreach (var command in new[] { ["bom", inventory], ["bom", inventory, "--format", "spdx3"], new[] { "report", inventory, "--format", "md" } })
        {
            var result = AimsTool.Run(command);
            Assert.Equal(1, result.ExitCode);
            Assert.Equal("aims: warning: AI system 'fraud-scorer' is declared in Fraud.Api and Fraud.Batch; the inventory keeps the declaration of Fraud.Api\n", result.StandardError);
        }
    }

    [Fact]
    public void Merge_records_the_controls_of_each_assembly_it_combines()
    {
        var inventory = _folder.Combine("org.aims.json");
        AimsTool.Run("merge", Fixtures.PathOf(Fixtures.SupportCore), Fixtures.PathOf(Fixtures.SupportWeb), Fixtures.PathOf(Fixtures.Utilities), "-o", inventory);

        using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllBytes(inventory));
        var bySource = json.RootElement.GetProperty("controlsBySource").EnumerateArray().ToList();
        Assert.Equal(["Support.Core", "Support.Web"], bySource.Select(s => s.GetProperty("assembly").GetString()));
        var core = Fixtures.Load(Fixtures.SupportCore).KnownControls();
        Assert.Equal(core.Select(c => (c.Id, c.Status)), bySource[0].GetProperty("controls").EnumerateArray().Select(c => (c.GetProperty("id").GetString()!, c.GetProperty("status").GetString()!)));
    }

    [Fact]
    public void Merging_an_inventory_with_its_own_sources_repeats_no_evidence_line()
    {
        var inventory = _folder.Combine("org.aims.json");
        AimsTool.Run("merge", Fixtures.PathOf(Fixtures.SupportCore), Fixtures.PathOf(Fixtures.SupportWeb), "-o", inventory);

        var again = Merge(inventory, Fixtures.PathOf(Fixtures.SupportCore), Fixtures.PathOf(Fixtures.SupportWeb));

        Assert.All(again.KnownControls(), c => Assert.Equal(c.Evidence.Distinct(), c.Evidence));
        Assert.Equal(Fixtures.Load(inventory).KnownControls().Select(c => (c.Id, c.Status, string.Join("\n", c.Evidence))), again.KnownControls().Select(c => (c.Id, c.Status, string.Join("\n", c.Evidence))));
    }

    [Fact]
    public void Two_inventories_of_different_assemblies_merge_though_both_are_named_merged()
    {
        var support = _folder.Combine("support/merged.aims.json");
        var desk = _folder.Combine("desk/merged.aims.json");
        AimsTool.Run("merge", Fixtures.PathOf(Fixtures.SupportCore), Fixtures.PathOf(Fixtures.SupportWeb), "-o", support);
        AimsTool.Run("merge", Fixtures.PathOf(Fixtures.SupportDesk), "-o", desk);

        var merged = Merge(support, desk);

        Assert.Equal(["Support.Core", "Support.Web", "SupportDesk"], merged.Sources!.Select(s => s.Name));
    }

    [Fact]
    public void Merging_a_merged_inventory_again_keeps_its_duplicates_and_changes_nothing()
    {
        var first = _folder.Combine("org.aims.json");
        AimsTool.Run(["merge", .. Fixtures.All.Select(Fixtures.PathOf), "-o", first]);
        var second = _folder.Combine("again/org.aims.json");
        var result = AimsTool.Run("merge", first, "-o", second);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(File.ReadAllText(first), File.ReadAllText(second));
    }

    [Fact]
    public void Merge_output_is_byte_identical_whatever_the_order_of_the_inputs()
    {
        var paths = Fixtures.All.Select(Fixtures.PathOf).ToArray();
        var outputs = new List<byte[]>();
        foreach (var seed in new[] { 1, 2, 3, 4 })
        {
            var shuffled = paths.ToArray();
            new Random(seed).Shuffle(shuffled);
            outputs.Add(AimsTool.Run(["merge", .. shuffled, "--name", "org"]).StandardOutputBytes);
        }

        _folder.CopyFixtures("tree/b", Fixtures.SupportWeb, Fixtures.FraudApi, Fixtures.Utilities);
        _folder.CopyFixtures("tree/a", Fixtures.SupportCore, Fixtures.SupportDesk, Fixtures.Billing, Fixtures.FraudBatch, Fixtures.Claims);
        outputs.Add(AimsTool.Run("merge", _folder.Combine("tree"), "--name", "org").StandardOutputBytes);

        Assert.NotEmpty(outputs[0]);
        Assert.All(outputs, output => Assert.Equal(outputs[0], output));
    }

    [Fact]
    public void Merge_combines_control_statuses_conservatively()
    {
        var controls = Merge(Fixtures.SupportCore, Fixtures.SupportWeb).KnownControls().ToDictionary(c => c.Id);

        Assert.Equal(ControlStatus.Evidenced, controls["A.4.4"].Status);
        Assert.Equal(
            [
                new SystemControlStatus("ghost-system", ControlStatus.Evidenced, "Support.Web: models Microsoft.Extensions.AI"),
                new SystemControlStatus("triage-bot", ControlStatus.Evidenced, "Support.Core: models Azure OpenAI gpt-4o-2024-08-06, Microsoft.Extensions.AI"),
            ],
            controls["A.4.4"].Systems);
        Assert.Equal(ControlStatus.Gap, controls["A.3.2"].Status);
        Assert.Equal(["ghost-system: Support.Web: no Owner"], ControlLines.Of(controls["A.3.2"]));
        Assert.Equal(ControlStatus.Gap, controls["A.8.2"].Status);
        Assert.Equal(ControlStatus.Gap, controls["A.10.4"].Status);
        Assert.Equal(38, controls.Count);
    }

    [Fact]
    public void Merge_ignores_manifests_without_AI_when_combining_controls()
    {
        var controls = Merge(Fixtures.SupportCore, Fixtures.Utilities).KnownControls().ToDictionary(c => c.Id);

        Assert.Equal(ControlStatus.Evidenced, controls["A.3.2"].Status);
        Assert.Equal(ControlStatus.Excluded, controls["A.10.4"].Status);
        Assert.Equal("Support.Core: Support.Core serves no customers directly", controls["A.10.4"].Justification);
        Assert.Equal(ControlStatus.NotApplicable, controls["A.8.2"].Status);
    }

    [Fact]
    public void Merge_counts_the_summary_of_the_merged_inventory()
    {
        var merged = Merge(Fixtures.SupportCore, Fixtures.SupportWeb, Fixtures.Billing);

        Assert.Equal(3, merged.Summary.Systems);
        Assert.Equal([("Unassessed", 2), ("Minimal", 1), ("Limited", 0), ("High", 0), ("Prohibited", 0)], merged.Summary.ByRisk.Select(c => (c.Name, c.Count)));
        Assert.Equal(38, merged.Summary.ByControlStatus!.Sum(c => c.Count));
        Assert.Equal(merged.KnownControls().Count(c => c.Status == ControlStatus.Gap), merged.Summary.ByControlStatus!.Single(c => c.Name == ControlStatus.Gap).Count);
        Assert.Equal(new FindingCount("AIMS017", "warning", 10), merged.Summary.OpenFindings!.Single(f => f.Id == "AIMS017"));
        Assert.Equal(new CallSiteCounts(6, 1, 2), merged.Summary.CallSites);
    }

    [Fact]
    public void Merge_records_its_sources_and_takes_the_weakest_analysis_mode()
    {
        var merged = Merge(Fixtures.SupportWeb, Fixtures.Billing, Fixtures.SupportCore);

        Assert.Equal(
            [new SourceManifest("Billing", "2.3.0.0", "9c1e7aa"), new SourceManifest("Support.Core", "3.1.0.0", "4f2a9c1"), new SourceManifest("Support.Web", "3.1.0.0", "4f2a9c1")],
            merged.Sources!);
        Assert.Equal("Recommended", merged.AnalysisMode);
        Assert.Null(merged.SourceRevision);
        Assert.Equal("4f2a9c1", Merge(Fixtures.SupportCore, Fixtures.SupportWeb).SourceRevision);
        Assert.Equal(new NameAndVersion("Aims.Cli", Output.ToolVersion.Version), merged.Generator);
    }

    [Fact]
    public void A_manifest_whose_inputs_held_no_AI_adds_no_error_log_and_leaves_the_disabled_rules_known()
    {
        var merged = Merge(Fixtures.SupportCore, Fixtures.Utilities);
        var alone = Merge(Fixtures.Utilities);

        Assert.Equal((EvidenceSource.Build, "SARIF 2.1.0"), (merged.Evidence.Source, merged.Evidence.ErrorLog));
        Assert.NotNull(merged.Evidence.DisabledRules);
        Assert.Equal((EvidenceSource.Inputs, null, null), (alone.Evidence.Source, alone.Evidence.ErrorLog, alone.Evidence.DisabledRules));
    }

    [Fact]
    public void Merge_names_the_inventory_after_the_output_file()
    {
        var output = _folder.Combine("contoso.aims.json");
        AimsTool.Run("merge", Fixtures.PathOf(Fixtures.SupportDesk), "-o", output);
        Assert.Equal(new NameAndVersion("contoso", "0.0.0.0"), Fixtures.Load(output).Assembly);
    }

    [Fact]
    public void Merge_reads_the_same_manifest_once_from_a_json_file_and_its_assembly()
    {
        var json = File.ReadAllText(Fixtures.PathOf(Fixtures.SupportDesk));
        var assembly = TestAssemblies.WithAssemblyMetadata(_folder.Combine("elsewhere/SupportDesk.dll"), json, "SupportDesk");

        var merged = Merge([Fixtures.PathOf(Fixtures.SupportDesk), assembly]);

        Assert.Single(merged.Sources!);
        Assert.Equal(2, Assert.Single(merged.Systems).KnownCallSites().Count);
    }

    [Fact]
    public void Merge_refuses_two_different_manifests_of_the_same_assembly()
    {
        var changed = Fixtures.Load(Fixtures.SupportDesk) with { AnalysisMode = "Strict" };
        var other = Fixtures.Write(changed, _folder.Combine("release/SupportDesk.aims.json"));

        var result = AimsTool.Run("merge", Fixtures.PathOf(Fixtures.SupportDesk), other);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith($"aims: error: {other}: is a different manifest of assembly 'SupportDesk' than ", result.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public void Merge_draws_progress_only_when_standard_error_is_a_terminal()
    {
        var inputs = Fixtures.All.Where(f => f != Fixtures.FraudBatch).Select(Fixtures.PathOf).ToArray();

        var terminal = AimsTool.Run(errorIsTerminal: true, ["merge", .. inputs]);
        var redirected = AimsTool.Run(errorIsTerminal: false, ["merge", .. inputs]);

        Assert.Contains("\raims: reading manifests 7/7", terminal.StandardError, StringComparison.Ordinal);
        Assert.EndsWith("\r", terminal.StandardError, StringComparison.Ordinal);
        Assert.Equal("", redirected.StandardError);
        Assert.Equal(terminal.StandardOutputBytes, redirected.StandardOutputBytes);
    }

    private ManifestModel Merge(params string[] fixtures)
    {
        var result = AimsTool.Run(["merge", .. fixtures.Select(f => File.Exists(f) ? f : Fixtures.PathOf(f))]);
        Assert.True(result.ExitCode == 0, result.ToString());
        return Inputs.ManifestReader.Read("merged", result.StandardOutputBytes);
    }

    public void Dispose() => _folder.Dispose();

    private sealed class DuplicateComparer : IEqualityComparer<DuplicateSystem>
    {
        public bool Equals(DuplicateSystem? x, DuplicateSystem? y) => x!.Id == y!.Id && x.DeclaredIn.SequenceEqual(y.DeclaredIn);

        public int GetHashCode(DuplicateSystem obj) => obj.Id.GetHashCode(StringComparison.Ordinal);
    }
}
