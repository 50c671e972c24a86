using Aims.Analyzers.Declarations;
using Xunit;

namespace Aims.Analyzers.Tests.Documentation;

/// <summary>
/// The Annex A table compiled into the analyzer is the reference list of ISO/IEC 42001:2023: shared/iso42001 beside
/// the repository where it exists (CI, the developers' machines), and the copy in Reference/ everywhere.
/// </summary>
public sealed class AnnexAControlsTests
{
    private static readonly string SharedList = Path.Combine(RepositoryFiles.Root, "..", "shared", "iso42001", "annex-a-controls.tsv");
    private static readonly string CopiedList = RepositoryFiles.PathOf("tests/Aims.Analyzers.Tests/Reference/annex-a-controls.tsv");

    [Fact]
    public void Compiled_control_table_matches_the_reference_list()
    {
        var expected = File.ReadAllLines(File.Exists(SharedList) ? SharedList : CopiedList)
            .Skip(1)
            .Where(line => line.Length > 0)
            .Select(line => line.Split('\t'))
            .Select(fields => new AnnexAControl(fields[0], fields[1], fields[2]));
        Assert.Equal(expected, AnnexAControls.All);
        Assert.Equal(38, AnnexAControls.All.Length);
    }

    [Fact]
    public void The_copied_reference_list_is_the_shared_one()
    {
        if (File.Exists(SharedList))
        {
            Assert.Equal(File.ReadAllText(SharedList), File.ReadAllText(CopiedList));
        }
    }
}
