using Aims.Cli.Governance;
using Aims.Cli.Inputs;
using Aims.Manifest.Model;
using Aims.Manifest.Vocabulary;
using Aims.Cli.Report;
using Aims.Cli.Tests.Harness;
using Xunit;

namespace Aims.Cli.Tests.Report;

/// <summary>
/// A system's cell in the coverage matrix: the status its own assembly's manifest gives the control, each system's own
/// where the control is decided system by system. Checked against the generator's own manifests, whose facts show which
/// system lacks what.
/// </summary>
public sealed class CoverageMatrixTests : IDisposable
{
    /// <summary>Controls that the generator decides for each system from facts the manifest lists.</summary>
    private static readonly Dictionary<string, Func<AiSystem, bool>> FactRules = new()
    {
        ["A.3.2"] = s => Filled(s.Owner),
        ["A.4.3"] = s => s.DataSources.Count > 0,
        ["A.5.2"] = s => Filled(s.ImpactAssessment),
        ["A.5.3"] = s => Filled(s.ImpactAssessment),
        ["A.5.4"] = s => Filled(s.ImpactAssessment),
        ["A.5.5"] = s => Filled(s.ImpactAssessment),
        ["A.6.2.2"] = s => Filled(s.Purpose),
        ["A.6.2.4"] = s => s.Evaluations.Count > 0,
        ["A.6.2.6"] = s => s.HumanOversight.Count > 0 || s.EventLogging.Count > 0,
        ["A.6.2.8"] = s => s.EventLogging.Count > 0,
        ["A.7.3"] = s => s.DataSources.Count > 0,
        ["A.7.5"] = s => s.DataSources.Count > 0,
        ["A.9.2"] = s => s.HumanOversight.Count > 0,
        ["A.9.4"] = s => Filled(s.Purpose),
    };

    private readonly TempFolder _folder = new();

    public static TheoryData<string> GeneratedManifests() => new([.. Fixtures.AnalyzerGoldens, .. Fixtures.All.Select(Fixtures.PathOf)]);

    [Theory]
    [MemberData(nameof(GeneratedManifests))]
    public void The_matrix_shows_each_system_s_own_status_of_a_control(string path)
    {
        var manifest = ManifestReader.Read(path, File.ReadAllBytes(path));
        var view = new ReportView(manifest);
        var declaredInTheStatement = manifest.StatementOfApplicability.Select(e => e.ControlId).ToHashSet();

        foreach (var control in view.Controls.Where(c => FactRules.ContainsKey(c.Id) && !declaredInTheStatement.Contains(c.Id)))
        {
            foreach (var system in manifest.Systems)
            {
                var expected = FactRules[control.Id](system) ? ControlStatus.Evidenced : ControlStatus.Gap;
                Assert.True(expected == view.Matrix.StatusOf(system, control), $"{Path.GetFileName(path)}: {system.Id} {control.Id} should be {expected}; the control's lines: {string.Join(" | ", ControlLines.Of(control))}");
            }
        }
    }

    [Fact]
    public void A_system_keeps_the_status_its_own_assembly_gives_a_control()
    {
        // Support.Core finds A.8.2 not applicable (triage-bot serves no one directly) and here also excludes A.6.2.4;
        // Billing has A.8.2 as a gap of invoice-helper, SupportDesk has A.6.2.4 as a gap of support-assistant.
        var core = Fixtures.Load(Fixtures.SupportCore);
        const string Justification = "Routing is checked by the queue leads";
        var excluding = core with
        {
            StatementOfApplicability = [.. core.StatementOfApplicability, new ApplicabilityEntry("A.6.2.4", false, Justification, null, new SourceLocation(null, "Triage/TriageBot.cs", 7, null))],
            Controls = core.KnownControls().Select(c => c.Id == "A.6.2.4" ? c with { Status = ControlStatus.Excluded, Evidence = [], Justification = Justification } : c).ToList(),
        };
        string[] inputs = [Fixtures.Write(excluding, _folder.Combine("Support.Core.aims.json")), Fixtures.PathOf(Fixtures.Billing), Fixtures.PathOf(Fixtures.SupportDesk)];
        var inventory = _folder.Combine("org.aims.json");
        Assert.Equal(0, AimsTool.Run(["merge", .. inputs, "-o", inventory]).ExitCode);

        foreach (var reported in new[] { inputs, [inventory] })
        {
            var html = AimsTool.Run(["report", .. reported, "-o", "-"]).StandardOutput;

            Assert.Contains("title=\"triage-bot · A.8.2 System documentation and information for users: not applicable\"", html, StringComparison.Ordinal);
            Assert.Contains("title=\"invoice-helper · A.8.2 System documentation and information for users: gap\"", html, StringComparison.Ordinal);
            Assert.Contains("title=\"triage-bot · A.6.2.4 AI system verification and validation: excluded\"", html, StringComparison.Ordinal);
            Assert.Contains("title=\"invoice-helper · A.6.2.4 AI system verification and validation: evidenced\"", html, StringComparison.Ordinal);
            Assert.Contains("title=\"support-assistant · A.6.2.4 AI system verification and validation: gap\"", html, StringComparison.Ordinal);
        }
    }

    private static bool Filled(string? value) => Placeholder.FilledOrNull(value) is not null;

    public void Dispose() => _folder.Dispose();
}
