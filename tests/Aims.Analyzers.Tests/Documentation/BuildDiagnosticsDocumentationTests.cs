using System.Text.RegularExpressions;
using Xunit;

namespace Aims.Analyzers.Tests.Documentation;

/// <summary>docs/build-diagnostics.md has a section for every code the package's MSBuild tasks log, and no other.</summary>
public sealed class BuildDiagnosticsDocumentationTests
{
    [Fact]
    public void Every_code_the_tasks_log_has_its_section_and_every_section_a_code()
    {
        var logged = Directory.GetFiles(RepositoryFiles.PathOf("src/Aims.Build.Tasks"), "*.cs")
            .SelectMany(file => Regex.Matches(File.ReadAllText(file), "\"(AIMSB[0-9]{3})\"").Select(match => match.Groups[1].Value))
            .Distinct()
            .Order(StringComparer.Ordinal);
        var documented = Regex.Matches(File.ReadAllText(RepositoryFiles.PathOf("docs/build-diagnostics.md")), "^## (AIMSB[0-9]{3})$", RegexOptions.Multiline)
            .Select(match => match.Groups[1].Value)
            .Order(StringComparer.Ordinal);

        Assert.Equal(logged, documented);
    }
}
