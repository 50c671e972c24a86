using Aims.Cli.Tests.Harness;
using Xunit;

namespace Aims.Cli.Tests.Manifest;

/// <summary>
/// Every command on the generator's own golden manifests, read where the analyzers' tests keep them: among them a
/// manifest with an unpaired surrogate, which the generator writes escaped ("\ud800") on purpose (issue 9).
/// </summary>
public sealed class AnalyzerGoldenTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public static TheoryData<string> Goldens() => new(Fixtures.AnalyzerGoldens.Select(path => Path.GetFileName(path)));

    [Theory]
    [MemberData(nameof(Goldens))]
    public void Every_command_reads_each_golden_manifest_of_the_generator(string golden)
    {
        var path = Fixtures.AnalyzerGolden(golden);
        string[][] commands =
        [
            ["report", path, "-o", "-"],
            ["report", path, "--format", "md"],
            ["merge", path],
            ["bom", path],
            ["bom", path, "--format", "spdx3"],
            ["diff", path, path],
        ];

        foreach (var command in commands)
        {
            var result = AimsTool.Run(command);
            Assert.True(result.ExitCode == 0 && result.StandardError.Length == 0 && result.StandardOutputBytes.Length > 0, $"aims {string.Join(' ', command)}: {result}");
        }
    }

    [Fact]
    public void An_unpaired_surrogate_stays_escaped_as_the_generator_wrote_it()
    {
        var golden = Fixtures.AnalyzerGolden("honest-evidence.aims.json");

        var merged = AimsTool.Run("merge", golden).StandardOutput;
        var bom = AimsTool.Run("bom", golden).StandardOutput;

        Assert.Contains("\"purpose\": \"Answers questions \\ud800 with a lone surrogate\"", merged, StringComparison.Ordinal);
        Assert.Contains("\"modelId\": \"\\ud800\"", merged, StringComparison.Ordinal);
        Assert.Contains("\"name\": \"\\ud800\"", bom, StringComparison.Ordinal);
        Assert.Contains("Answers questions \uFFFD with a lone surrogate", AimsTool.Run("report", golden, "-o", "-").StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_golden_manifest_merged_validates_against_the_manifest_schema()
    {
        // The goldens all describe an assembly named App, so each is merged on its own.
        var merged = Fixtures.AnalyzerGoldens.Select(golden =>
        {
            var inventory = _folder.Combine(Path.GetFileName(golden));
            Assert.Equal(0, AimsTool.Run("merge", golden, "-o", inventory).ExitCode);
            return inventory;
        });

        var (exitCode, output) = Python.Run(
            RepositoryRoot.Combine("tests/Aims.Analyzers.Tests/Manifest/validate_manifest.py"),
            [RepositoryRoot.Combine("docs/schema/aims-manifest.schema.json"), .. merged]);

        Assert.True(exitCode == 0, "Schema validation failed:\n" + output);
    }

    [Fact]
    public void The_boms_of_the_golden_manifests_validate_against_the_CycloneDX_schema_and_library()
    {
        var boms = Fixtures.AnalyzerGoldens.Select(golden =>
        {
            var bom = _folder.Combine(Path.GetFileName(golden) + ".cdx.json");
            Assert.Equal(0, AimsTool.Run("bom", golden, "-o", bom).ExitCode);
            return bom;
        }).ToArray();

        var schema = BomValidators.Schema(boms);
        Assert.True(schema.ExitCode == 0, schema.Output);
        var library = BomValidators.CycloneDxLibrary(boms);
        Assert.True(library.ExitCode == 0, library.Output);
    }

    public void Dispose() => _folder.Dispose();
}
