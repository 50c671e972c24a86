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
    public void A_later_minor_version_of_schema_3_is_read()
    {
        var json = File.ReadAllText(Fixtures.PathOf(Fixtures.SupportDesk)).Replace("\"schemaVersion\": \"3.2\"", "\"schemaVersion\": \"3.9\"", StringComparison.Ordinal);
        Assert.Equal("3.9", Inputs.ManifestReader.Read("x", System.Text.Encoding.UTF8.GetBytes(json)).SchemaVersion);
    }

    [Fact]
    public void A_tool_whose_effect_is_not_in_the_vocabulary_is_refused_with_its_path()
    {
        var json = File.ReadAllText(Fixtures.PathOf(Fixtures.SupportDesk)).Replace("\"effect\": \"ReadOnly\"", "\"effect\": \"readonly\"", StringComparison.Ordinal);

        var error = Assert.Throws<Inputs.InputException>(() => Inputs.ManifestReader.Read("x", System.Text.Encoding.UTF8.GetBytes(json)));
        Assert.Contains("systems[0].tools[0] has effect 'readonly', which is not one of Unknown, ReadOnly, Acting", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_schema_3_0_manifest_is_read_with_its_tools_not_known_and_merged_and_reported_as_such()
    {
        var manifest = Inputs.ManifestReader.Read("x", System.Text.Encoding.UTF8.GetBytes(Fixtures.AsSchema30(Fixtures.SupportDesk)));

        Assert.Null(manifest.UndeclaredTools);
        Assert.All(manifest.Systems, system => Assert.Null(system.Tools));
        Assert.Null(manifest.Summary.Tools);

        var merger = new Aims.Cli.Merge.InventoryMerger();
        merger.Add(manifest);
        merger.Add(Fixtures.Load(Fixtures.SupportCore));
        var merged = merger.Build("org");
        Assert.Null(merged.UndeclaredTools);
        Assert.All(merged.Systems, system => Assert.Null(system.Tools));

        using var markdown = new StringWriter();
        Aims.Cli.Report.Markdown.MarkdownReportWriter.Write(new Aims.Cli.Report.ReportView(merged), markdown, 100);
        Assert.Contains(Aims.Cli.Report.ToolRows.NotRecorded, markdown.ToString(), StringComparison.Ordinal);
    }
}
