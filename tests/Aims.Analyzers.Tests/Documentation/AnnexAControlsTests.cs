using Aims.Manifest.Vocabulary;
using Aims.Analyzers.Declarations;
using Xunit;

namespace Aims.Analyzers.Tests.Documentation;

/// <summary>
/// The Annex A table compiled into the analyzer is the reference list of ISO/IEC 42001:2023, committed in Reference/ and
/// copied from shared/iso42001, which sits beside the repository on the developers' machines.
/// </summary>
public sealed class AnnexAControlsTests
{
    private static readonly string SharedList = Path.Combine(RepositoryFiles.Root, "..", "shared", "iso42001", "annex-a-controls.tsv");
    private static readonly string CopiedList = RepositoryFiles.PathOf("tests/Aims.Analyzers.Tests/Reference/annex-a-controls.tsv");

    [Fact]
    public void Compiled_control_table_matches_the_committed_reference_list()
    {
        Assert.True(File.Exists(CopiedList), $"The reference list {CopiedList} is missing.");
        var expected = File.ReadAllLines(CopiedList)
            .Skip(1)
            .Where(line => line.Length > 0)
            .Select(line => line.Split('\t'))
            .Select(fields => new AnnexAControl(fields[0], fields[1], fields[2]));
        Assert.Equal(expected, AnnexAControls.All);
        Assert.Equal(38, AnnexAControls.All.Length);
    }

    [Fact]
    public void The_committed_reference_list_equals_the_shared_one_where_that_is_beside_the_repository()
    {
        if (File.Exists(SharedList))
        {
            Assert.Equal(File.ReadAllText(SharedList), File.ReadAllText(CopiedList));
        }
    }
}
