using Aims.Build.Tasks;
using Xunit;

namespace Aims.Analyzers.Tests.Manifest;

/// <summary>The task finds the compiler's error log the way the compiler reads the ErrorLog property.</summary>
public sealed class ErrorLogPathTests
{
    [Theory]
    [InlineData("obj/Debug/net10.0/App.aims.sarif,version=2.1", "/src/App/obj/Debug/net10.0/App.aims.sarif")]
    [InlineData("build.sarif", "/src/App/build.sarif")]
    [InlineData("build.sarif, Version = 2", "/src/App/build.sarif")]
    [InlineData("\"logs/my build.sarif\"", "/src/App/logs/my build.sarif")]
    [InlineData("/ci/logs/app.sarif,version=2.1", "/ci/logs/app.sarif")]
    [InlineData("logs/a,b.sarif", "/src/App/logs/a,b.sarif")]
    public void A_relative_log_is_the_project_folders_and_the_version_suffix_is_not_part_of_the_path(string errorLog, string expected) =>
        Assert.Equal(expected, ErrorLogPath.Parse(errorLog, "/src/App"));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(",version=2.1")]
    public void No_log_is_null(string? errorLog) => Assert.Null(ErrorLogPath.Parse(errorLog, "/src/App"));
}
