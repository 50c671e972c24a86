using Aims.Cli.Tests.Harness;
using Xunit;

namespace Aims.Cli.Tests.Manifest;

/// <summary>The tool reads and writes the manifest layout of schemaVersion 2.0 exactly: key order, nulls, indentation, final new line.</summary>
public sealed class ManifestFormatTests
{
    public static TheoryData<string> AllFixtures() => new(Fixtures.All);

    [Theory]
    [MemberData(nameof(AllFixtures))]
    public void Reading_and_writing_a_manifest_gives_back_the_same_bytes(string fixture)
    {
        Assert.Equal(File.ReadAllText(Fixtures.PathOf(fixture)), Fixtures.ToJson(Fixtures.Load(fixture)));
    }

    [Fact]
    public void Every_fixture_and_every_merged_inventory_validates_against_the_manifest_schema()
    {
        using var folder = new TempFolder();
        var merged = folder.Combine("org.aims.json");
        AimsTool.Run(["merge", .. Fixtures.All.Select(Fixtures.PathOf), "-o", merged]);
        var paths = Fixtures.All.Select(Fixtures.PathOf).Append(merged).ToArray();

        var (exitCode, output) = Python.Run(
            RepositoryRoot.Combine("tests/Aims.Analyzers.Tests/Manifest/validate_manifest.py"),
            [RepositoryRoot.Combine("docs/schema/aims-manifest.schema.json"), .. paths]);

        Assert.True(exitCode == 0, "Schema validation failed:\n" + output);
    }

    [Fact]
    public void A_minor_version_of_schema_3_is_read()
    {
        var json = File.ReadAllText(Fixtures.PathOf(Fixtures.SupportDesk)).Replace("\"schemaVersion\": \"3.0\"", "\"schemaVersion\": \"3.1\"", StringComparison.Ordinal);
        Assert.Equal("3.1", Inputs.ManifestReader.Read("x", System.Text.Encoding.UTF8.GetBytes(json)).SchemaVersion);
    }
}
