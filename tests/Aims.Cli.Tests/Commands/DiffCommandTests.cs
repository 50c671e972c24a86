using System.Text.Json;
using Aims.Cli.Inputs;
using Aims.Manifest.Model;
using Aims.Manifest.Vocabulary;
using Aims.Cli.Tests.Harness;
using Xunit;
using ManifestModel = Aims.Manifest.Model.ManifestDocument;

namespace Aims.Cli.Tests.Commands;

public sealed class DiffCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public static TheoryData<string> Regressions() => new(Changes.Keys.Where(k => Diff.ChangeKind.Named(k)!.IsRegression));

    public static TheoryData<string> Improvements() => new(Changes.Keys.Where(k => !Diff.ChangeKind.Named(k)!.IsRegression));

    /// <summary>A release of the sample that makes exactly one change of each kind, from a baseline that has event logging.</summary>
    private static readonly Dictionary<string, Func<ManifestModel, ManifestModel>> Changes = new()
    {
        ["risk-raised"] = m => WithSystem(m, s => s with { Risk = "High" }),
        ["risk-unassessed"] = m => WithSystem(m, s => s with { Risk = "Unassessed" }),
        ["oversight-removed"] = m => WithSystem(m, s => s with { HumanOversight = [] }),
        ["data-source-removed"] = m => WithSystem(m, s => s with { DataSources = [] }),
        ["disclosure-removed"] = m => WithSystem(m, s => s with { Disclosures = [] }),
        ["logging-removed"] = m => WithSystem(m, s => s with { EventLogging = [] }),
        ["control-regressed"] = m => m with { Controls = m.KnownControls().Select(c => c.Id == "A.3.2" ? c with { Status = ControlStatus.Gap, Evidence = ["support-assistant: no Owner"] } : c).ToList() },
        ["undeclared-usage-added"] = m => m with { UndeclaredUsages = [.. m.KnownUndeclaredUsages(), new CallSite(null, "Escalation.cs", 40, "Escalation.RunAsync", "ChatClient.CompleteChatAsync", "OpenAI", "OpenAI", "Chat", "model", true)] },
        ["risk-lowered"] = m => WithSystem(m, s => s with { Risk = "Minimal" }),
        ["system-added"] = m => m with { Systems = [.. m.Systems, m.Systems[0] with { Id = "triage" }] },
        ["system-removed"] = m => m with { Systems = [] },
        ["control-improved"] = m => m with { Controls = m.KnownControls().Select(c => c.Id == "A.6.2.4" ? c with { Status = ControlStatus.Evidenced, Evidence = ["support-assistant: [AiEvaluation] accuracy"] } : c).ToList() },
        ["undeclared-usage-removed"] = m => m with { UndeclaredUsages = [] },
        ["policy"] = m => m with { Findings = [.. m.Findings ?? [], PolicyEvidence.Violation(18)] },
        ["policy-changed"] = m => m with { Policy = PolicyEvidence.Contoso },
    };

    [Theory]
    [MemberData(nameof(Regressions))]
    public void Diff_exits_1_on_each_kind_of_regression(string kind)
    {
        var (old, @new) = Release(Changes[kind]);

        var result = AimsTool.Run("diff", old, @new);

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains($"REGRESSION {kind}", result.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("FAILED: 1 change(s), 1 regression(s); fails on: regressions", result.StandardOutput, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Improvements))]
    public void Diff_exits_0_on_changes_that_are_not_regressions(string kind)
    {
        var (old, @new) = Release(Changes[kind]);

        var result = AimsTool.Run("diff", old, @new);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains($"change     {kind}", result.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void Diff_exits_0_when_nothing_changed()
    {
        var (old, @new) = Release(m => m);
        var result = AimsTool.Run("diff", old, @new);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("No changes to AI systems, controls or undeclared AI calls.", result.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void An_undeclared_call_that_only_moved_down_its_file_is_not_new()
    {
        var (old, @new) = Release(m => m with { UndeclaredUsages = m.KnownUndeclaredUsages().Select(c => c with { Line = c.Line + 7 }).ToList() });
        Assert.Equal(0, AimsTool.Run("diff", old, @new).ExitCode);
    }

    [Fact]
    public void Fail_on_none_reports_regressions_and_exits_0()
    {
        var (old, @new) = Release(Changes["risk-raised"]);
        var result = AimsTool.Run("diff", old, @new, "--fail-on", "none");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("REGRESSION risk-raised", result.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("passed: 1 change(s), 1 regression(s); fails on: none", result.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void Fail_on_lists_the_kinds_that_fail_by_comma_or_by_repeating_the_option()
    {
        var (old, @new) = Release(m => Changes["oversight-removed"](Changes["system-added"](m)));

        Assert.Equal(0, AimsTool.Run("diff", old, @new, "--fail-on", "risk-raised").ExitCode);
        Assert.Equal(1, AimsTool.Run("diff", old, @new, "--fail-on", "risk-raised,system-added").ExitCode);
        Assert.Equal(1, AimsTool.Run("diff", old, @new, "--fail-on", "risk-raised", "--fail-on", "oversight-removed").ExitCode);
    }

    [Fact]
    public void Removing_a_system_fails_the_diff()
    {
        var (old, @new) = Release(m => m with { Systems = [] });

        var result = AimsTool.Run("diff", old, @new);

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("REGRESSION system-removed", result.StandardOutput, StringComparison.Ordinal);
        Assert.Equal(0, AimsTool.Run("diff", old, @new, "--fail-on", "risk-raised").ExitCode);
    }

    [Fact]
    public void A_new_waiver_is_listed_and_fails_the_diff_only_with_fail_on_waiver()
    {
        // Release 1.0 had the open finding of the Claims fixture only; 1.1 suppresses four more.
        var claims = Fixtures.Load(Fixtures.Claims);
        var old = Fixtures.Write(claims with { Findings = claims.Findings!.Where(f => !f.IsWaived).ToList() }, _folder.Combine("1.0/Claims.aims.json"));
        var @new = Fixtures.PathOf(Fixtures.Claims);

        var listed = AimsTool.Run("diff", old, @new);
        var gated = AimsTool.Run("diff", old, @new, "--fail-on", "waiver");

        Assert.True(listed.ExitCode == 0, listed.ToString());
        Assert.Contains("waiver  Claims: Intake.cs:24: AIMS001 suppressed by [SuppressMessage]: Prototype behind a feature flag", listed.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("waiver  Claims: Intake.cs:19: AIMS001 suppressed by #pragma warning disable, no justification", listed.StandardOutput, StringComparison.Ordinal);
        Assert.True(gated.ExitCode == 1, gated.ToString());
        Assert.Equal(0, AimsTool.Run("diff", @new, @new, "--fail-on", "waiver").ExitCode);
    }

    [Fact]
    public void A_new_dependency_that_calls_AI_and_supplies_no_system_is_a_regression_and_its_upgrade_is_not()
    {
        var sample = Fixtures.Load(Fixtures.SupportDesk);
        var withDependencies = Fixtures.Load(Fixtures.WithDependencies(Directory.CreateDirectory(_folder.Combine("deps")).FullName));
        var old = Fixtures.Write(withDependencies with { Dependencies = withDependencies.Dependencies!.Where(d => d.Name != "Contoso.Pdf").ToList() }, _folder.Combine("1.0/SupportDesk.aims.json"));
        var @new = Fixtures.Write(withDependencies, _folder.Combine("1.1/SupportDesk.aims.json"));
        var upgraded = Fixtures.Write(withDependencies with { Dependencies = withDependencies.Dependencies!.Select(d => d with { Version = d.Version + "-rc" }).ToList() }, _folder.Combine("1.2/SupportDesk.aims.json"));

        var added = AimsTool.Run("diff", old, @new);

        Assert.True(added.ExitCode == 1, added.ToString());
        Assert.Contains("REGRESSION hidden-ai-added  SupportDesk: Contoso.Pdf: Contoso.Pdf 2.1.0 calls IChatClient.GetResponseAsync", added.StandardOutput, StringComparison.Ordinal);
        Assert.Equal(0, AimsTool.Run("diff", @new, upgraded).ExitCode);
        Assert.Contains("hidden-ai-removed  SupportDesk: Contoso.Pdf", AimsTool.Run("diff", @new, old).StandardOutput, StringComparison.Ordinal);
        Assert.Equal(0, AimsTool.Run("diff", Fixtures.Write(sample, _folder.Combine("unscanned/SupportDesk.aims.json")), @new).ExitCode);
    }

    [Fact]
    public void A_control_that_was_evidenced_and_is_no_longer_listed_is_a_regression()
    {
        var (old, @new) = Release(m => m with { Controls = m.KnownControls().Where(c => c.Id != "A.3.2").ToList() });

        var result = AimsTool.Run("diff", old, @new);

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("REGRESSION control-regressed  A.3.2: AI roles and responsibilities: the manifest does not list this control", result.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void Removing_one_of_two_kinds_of_logged_events_is_a_regression()
    {
        var (old, @new) = Release(
            m => WithSystem(m, s => s with { EventLogging = s.EventLogging.Take(1).ToList() }),
            m => WithSystem(m, s => s with { EventLogging = [.. s.EventLogging, new EventLoggingEntry("escalations", 365, new SourceLocation(null, "ReplyDrafter.cs", 17, null))] }));

        var result = AimsTool.Run("diff", old, @new);

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("REGRESSION logging-removed  support-assistant: escalations", result.StandardOutput, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData(",")]
    [InlineData(" , ")]
    public void A_fail_on_that_names_no_kind_is_a_usage_error(string kinds)
    {
        var (old, @new) = Release(Changes["risk-raised"]);

        var result = AimsTool.Run("diff", old, @new, "--fail-on", kinds);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.StartsWith("aims: error: --fail-on: names no kind of change", result.StandardError, StringComparison.Ordinal);
        Assert.Empty(result.StandardOutputBytes);
    }

    [Fact]
    public void Diff_compares_two_folders_of_manifests_as_inventories()
    {
        _folder.CopyFixtures("v1", Fixtures.SupportCore, Fixtures.SupportWeb);
        var core = Fixtures.Load(Fixtures.SupportCore);
        Fixtures.Write(core with { Systems = core.Systems.Select(s => s with { DataSources = s.DataSources.Where(d => d.Usage != "Evaluation").ToList() }).ToList() }, _folder.Combine("v2/Support.Core.aims.json"));
        _folder.CopyFixtures("v2", Fixtures.SupportWeb);

        var result = AimsTool.Run("diff", _folder.Combine("v1"), _folder.Combine("v2"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("REGRESSION data-source-removed  triage-bot: routing-golden-set", result.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void Diff_writes_markdown_and_json()
    {
        var (old, @new) = Release(Changes["risk-raised"]);

        var markdown = AimsTool.Run("diff", old, @new, "--format", "md").StandardOutput;
        Assert.Contains("| ❌ regression | `risk-raised` | support-assistant | Limited -&gt; High |", markdown, StringComparison.Ordinal);

        var json = JsonDocument.Parse(AimsTool.Run("diff", old, @new, "--format", "json").StandardOutputBytes).RootElement;
        Assert.True(json.GetProperty("failed").GetBoolean());
        Assert.Equal(1, json.GetProperty("regressions").GetInt32());
        var change = Assert.Single(json.GetProperty("changes").EnumerateArray().ToList());
        Assert.Equal("risk-raised", change.GetProperty("kind").GetString());
        Assert.Equal("support-assistant", change.GetProperty("subject").GetString());
    }

    private static ManifestModel WithSystem(ManifestModel manifest, Func<AiSystem, AiSystem> change) =>
        manifest with { Systems = manifest.Systems.Select(change).ToList() };

    /// <summary>The previous release (the sample with event logging) and the next one with a change applied.</summary>
    private (string Old, string New) Release(Func<ManifestModel, ManifestModel> change, Func<ManifestModel, ManifestModel>? baselineChange = null)
    {
        var baseline = WithSystem(Fixtures.Load(Fixtures.SupportDesk), s => s with { EventLogging = [new EventLoggingEntry("drafts and agent edits", 180, new SourceLocation(null, "ReplyDrafter.cs", 16, null))] });
        baseline = (baselineChange ?? (m => m))(baseline);
        return (Fixtures.Write(baseline, _folder.Combine("1.0/SupportDesk.aims.json")), Fixtures.Write(change(baseline), _folder.Combine("1.1/SupportDesk.aims.json")));
    }

    public void Dispose() => _folder.Dispose();
}
