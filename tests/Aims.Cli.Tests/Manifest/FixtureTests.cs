using Aims.Analyzers.Tests.Harness;
using Aims.Cli.Tests.Harness;
using Xunit;

namespace Aims.Cli.Tests.Manifest;

/// <summary>
/// The fixtures are the real generator's output for the projects in <see cref="FixtureProjects"/>, byte for byte, so
/// the tool is tested on the evidence wording the generator writes. After an intended generator change, run the tests
/// with AIMS_UPDATE_FIXTURES=1 and review the diff.
/// </summary>
public sealed class FixtureTests
{
    public static TheoryData<string> Projects() => new(FixtureProjects.All.Select(p => p.Name));

    [Theory]
    [MemberData(nameof(Projects))]
    public void Each_fixture_is_what_the_generator_writes_for_its_project(string project)
    {
        var fixture = FixtureProjects.All.Single(p => p.Name == project);
        ReviewedFile.AssertMatches("tests/Aims.Cli.Tests/Fixtures/" + fixture.FileName, fixture.Generate(), "AIMS_UPDATE_FIXTURES");
    }
}
