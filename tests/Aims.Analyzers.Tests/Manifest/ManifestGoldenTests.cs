using Aims.Analyzers.Tests.Harness;
using Xunit;

namespace Aims.Analyzers.Tests.Manifest;

/// <summary>
/// The manifest compared byte for byte with reviewed golden files (Manifest/Golden). Run the tests with
/// AIMS_UPDATE_GOLDEN=1 to rewrite them after an intended change, and review the diff.
/// </summary>
public sealed class ManifestGoldenTests
{
    [Fact]
    public void Support_project_manifest_matches_the_golden_file() =>
        AssertGolden("support-project.aims.json", BuildRun.Run(GeneratorRun.Compile(ManifestSamples.SupportProject), buildProperties: new Dictionary<string, string> { ["SourceRevisionId"] = "4f2a9c1" }).ManifestJson);

    [Fact]
    public void Project_without_declarations_or_AI_usage_has_an_empty_inventory_and_every_control() =>
        AssertGolden("empty-project.aims.json", BuildRun.Run(GeneratorRun.Compile([("Plain.cs", "namespace P; public sealed class Plain { }")])).ManifestJson);

    [Fact]
    public void Placeholders_unset_values_and_systems_declared_elsewhere_are_written_as_they_are() =>
        AssertGolden("honest-evidence.aims.json", BuildRun.Run(
            GeneratorRun.Compile(ManifestSamples.HonestEvidenceProject, references: TestReferences.Default.Add(TestReferences.CompileLibrary("Shared", Rules.SharedSystems.Library)))).ManifestJson);

    [Fact]
    public void Two_runs_on_the_same_source_give_identical_bytes()
    {
        var first = BuildRun.Run(GeneratorRun.Compile(ManifestSamples.SupportProject)).ManifestJson;
        var second = BuildRun.Run(GeneratorRun.Compile(ManifestSamples.SupportProject.Reverse())).ManifestJson;
        Assert.Equal(first, second);
    }

    [Fact]
    public void Manifest_holds_no_absolute_path_and_no_credential()
    {
        var json = BuildRun.Run(GeneratorRun.Compile(ManifestSamples.SupportProject.Append(("Keys.cs", """
            public static class Keys { public static object Client() => new OpenAI.OpenAIClient("sk-abcdefghijklmnopqrstuvwxyz0123"); }
            """)))).ManifestJson;
        Assert.DoesNotContain(GeneratorRun.ProjectDirectory, json, StringComparison.Ordinal);
        Assert.DoesNotContain("/repo", json, StringComparison.Ordinal);
        Assert.DoesNotContain("sk-", json, StringComparison.Ordinal);
    }

    private static void AssertGolden(string name, string actual) =>
        ReviewedFile.AssertMatches("tests/Aims.Analyzers.Tests/Manifest/Golden/" + name, actual, "AIMS_UPDATE_GOLDEN");
}
