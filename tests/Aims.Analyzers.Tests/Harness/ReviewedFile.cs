using Aims.Analyzers.Tests.Documentation;
using Xunit;

namespace Aims.Analyzers.Tests.Harness;

/// <summary>
/// A committed file that a test produces (a golden manifest, a page rendered from a table): the test compares, and a
/// developer rewrites it on purpose with an AIMS_UPDATE_* variable, never on CI, where a rewrite would hide the change.
/// </summary>
public static class ReviewedFile
{
    public static void AssertMatches(string repositoryPath, string actual, string updateVariable)
    {
        var path = RepositoryFiles.PathOf(repositoryPath);
        if (Environment.GetEnvironmentVariable(updateVariable) == "1")
        {
            Assert.False(
                string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase),
                $"{updateVariable}=1 rewrites reviewed files; on CI they are compared, never rewritten.");
            File.WriteAllText(path, actual);
        }

        Assert.True(File.Exists(path), $"{repositoryPath} is missing; run the tests with {updateVariable}=1 to create it, and review it.");
        Assert.Equal(File.ReadAllText(path), actual);
    }
}
