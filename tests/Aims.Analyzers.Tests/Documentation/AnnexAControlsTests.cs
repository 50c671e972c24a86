using Aims.Analyzers.Declarations;
using Xunit;

namespace Aims.Analyzers.Tests.Documentation;

/// <summary>The Annex A table compiled into the analyzer is the reference list of ISO/IEC 42001:2023 (shared/iso42001).</summary>
public sealed class AnnexAControlsTests
{
    [Fact]
    public void Compiled_control_table_matches_the_reference_list()
    {
        // The reference data sits beside the repository (../shared), as on CI and the developers' machines.
        var reference = Path.Combine(RepositoryFiles.Root, "..", "shared", "iso42001", "annex-a-controls.tsv");
        Assert.True(File.Exists(reference), $"Reference list not found at {reference}");

        var expected = File.ReadAllLines(reference).Skip(1).Where(line => line.Length > 0).Select(line => line.Split('\t'))
            .Select(fields => new AnnexAControl(fields[0], fields[1], fields[2]));
        Assert.Equal(expected, AnnexAControls.All);
        Assert.Equal(38, AnnexAControls.All.Length);
    }
}
