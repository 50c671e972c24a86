using Aims.Analyzers.Tests.Documentation;
using Aims.Analyzers.Tests.Harness;
using Aims.Manifest.Build;
using Aims.Manifest.Json;
using Aims.Manifest.Model;
using Aims.Manifest.Vocabulary;
using Xunit;

namespace Aims.Analyzers.Tests.Manifest;

/// <summary>
/// The compiler's error log as the MSBuild task reads it. ErrorLogs/ holds the logs that csc 5.9 (the .NET 10 SDK) wrote
/// for the Claims project of the end-to-end tests, built once with <c>ErrorLog=claims.sarif,version=2.1</c> and once with
/// the default SARIF 1.0, with a DiagnosticSuppressor that suppresses AIMS001 in NightlyAsync and
/// <c>dotnet_diagnostic.AIMS020.severity = none</c> in its .editorconfig; other analyzers' rules are left out, and the
/// paths read file:///project/Claims.
/// </summary>
public sealed class ErrorLogTests
{
    private const string ProjectDirectory = "/project/Claims/";

    [Fact]
    public void A_SARIF_2_1_log_tells_how_and_why_each_finding_was_suppressed()
    {
        var report = Read("claims.sarif-2.1.0.json");

        Assert.Equal("SARIF 2.1.0", report.Format);
        Assert.Equal(
            [
                ("Intake.cs", 11, null),
                ("Intake.cs", 16, new Suppression(SuppressionKind.Pragma, null, null)),
                ("Intake.cs", 21, new Suppression(SuppressionKind.SuppressMessage, "Prototype behind a feature flag", null)),
                ("Intake.cs", 27, new Suppression(SuppressionKind.SuppressMessage, "Load test harness, never deployed", null)),
                ("Intake.cs", 32, new Suppression(SuppressionKind.SuppressMessage, "Replay tool, retired in Q3", null)),
                ("Nightly.cs", 7, new Suppression(SuppressionKind.Suppressor, "Nightly batch reviewed by the claims board", "CLAIMS900")),
            ],
            Findings(report));
        Assert.Equal(["AIMS020"], report.DisabledRules);
    }

    [Fact]
    public void A_SARIF_1_0_log_tells_only_that_a_finding_was_suppressed_and_not_which_rules_were_disabled()
    {
        var report = Read("claims.sarif-1.0.0.json");

        Assert.Equal("SARIF 1.0.0", report.Format);
        Assert.Equal(
            [null, .. Enumerable.Repeat<Suppression?>(new Suppression(SuppressionKind.InSource, null, null), 5)],
            Findings(report).Select(f => f.Suppression));
        Assert.Null(report.DisabledRules);
    }

    [Theory]
    [InlineData("claims.sarif-2.1.0.json")]
    [InlineData("claims.sarif-1.0.0.json")]
    public void The_inventory_records_of_either_version_carry_every_call_with_its_properties(string log)
    {
        var report = Read(log);

        var calls = report.Diagnostics.Where(d => d.Id == InventoryRecords.CallSiteId).OrderBy(d => d.FilePath).ThenBy(d => d.Line).ToList();
        Assert.Equal(6, calls.Count);
        Assert.All(calls, call =>
        {
            Assert.Equal("IChatClient.GetResponseAsync", call.Properties[InventoryRecords.CalledMember]);
            Assert.Equal("Microsoft.Extensions.AI", call.Properties[InventoryRecords.Sdk]);
            Assert.Equal("Chat", call.Properties[InventoryRecords.Kind]);
            Assert.False(call.Properties.ContainsKey(InventoryRecords.System));
        });
        var completion = Assert.Single(report.Diagnostics, d => d.Id == InventoryRecords.CompletionId);
        Assert.Null(completion.FilePath);
        Assert.Equal("Claims", completion.Properties[InventoryRecords.Assembly]);
        Assert.Equal("6", completion.Properties[InventoryRecords.CallSites]);
    }

    [Fact]
    public void The_manifest_built_from_the_log_lists_every_call_once_one_open_finding_and_five_waivers()
    {
        var manifest = BuildManifest.Assemble(Declarations(), Read("claims.sarif-2.1.0.json"), ProjectDirectory);

        Assert.Equal(EvidenceSource.Build, manifest.Evidence.Source);
        Assert.Equal(["Intake.cs:11", "Intake.cs:16", "Intake.cs:21", "Intake.cs:27", "Intake.cs:32", "Nightly.cs:7"], manifest.UndeclaredUsages!.Select(c => $"{c.Path}:{c.Line}"));
        Assert.Equal([new FindingCount("AIMS001", FindingSeverity.Warning, 1)], manifest.Summary.OpenFindings);
        Assert.Equal([new NamedCount("AIMS001", 5)], manifest.Summary.Waivers);
        Assert.Equal(["AIMS020"], manifest.Evidence.DisabledRules);
    }

    [Fact]
    public void A_log_of_another_assembly_gives_a_manifest_of_declarations_that_says_so()
    {
        var manifest = BuildManifest.Assemble(Declarations("Other"), Read("claims.sarif-2.1.0.json"), ProjectDirectory);

        Assert.Equal(EvidenceSource.Declarations, manifest.Evidence.Source);
        Assert.Contains("holds the records of 'Claims', not of this compilation of 'Other'", manifest.Evidence.Missing, StringComparison.Ordinal);
        Assert.Null(manifest.UndeclaredUsages);
    }

    [Fact]
    public void A_log_without_the_end_record_gives_a_manifest_of_declarations_that_says_the_analyzers_did_not_run()
    {
        var report = Read("claims.sarif-2.1.0.json");
        var withoutEnd = report with { Diagnostics = report.Diagnostics.Where(d => d.Id != InventoryRecords.CompletionId).ToList() };

        var manifest = BuildManifest.Assemble(Declarations(), withoutEnd, ProjectDirectory);

        Assert.Equal(EvidenceSource.Declarations, manifest.Evidence.Source);
        Assert.Contains("the analyzers did not run in this build", manifest.Evidence.Missing, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"version\": \"2.1.0\", \"runs\": [", "the document ends where a value should be")]
    [InlineData("{\"version\": \"2.2.0\"}", "runs must be an array")]
    [InlineData("{\"version\": \"3.0.0\", \"runs\": []}", "version must be \"2.1.0\" or \"1.0.0\"")]
    [InlineData("[1, 2]", "the document must be an object")]
    public void A_log_that_is_no_SARIF_the_compiler_writes_is_an_error_that_says_why(string text, string problem)
    {
        var error = Assert.ThrowsAny<Exception>(() => SarifReader.Read(System.Text.Encoding.UTF8.GetBytes(text)));

        Assert.True(error is JsonFormatException or JsonShapeException, error.GetType().Name);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }

    private static CompilerReport Read(string name) =>
        SarifReader.Read(File.ReadAllBytes(RepositoryFiles.PathOf("tests/Aims.Analyzers.Tests/Manifest/ErrorLogs/" + name)));

    private static List<(string Path, int Line, Suppression? Suppression)> Findings(CompilerReport report) => report.Diagnostics
        .Where(d => d.Id == "AIMS001")
        .Select(d => (Path.GetFileName(d.FilePath!), d.Line!.Value, d.Suppression))
        .OrderBy(f => f.Item1, StringComparer.Ordinal)
        .ThenBy(f => f.Item2)
        .ToList();

    /// <summary>The declarations the generator embeds for an assembly without any.</summary>
    private static ManifestDocument Declarations(string assembly = "Claims") =>
        Aims.Manifest.ManifestReader.Read(GeneratorRun.Run(GeneratorRun.Compile([("Plain.cs", "namespace Claims; public sealed class Plain { }")], assembly)).ManifestJson);
}
