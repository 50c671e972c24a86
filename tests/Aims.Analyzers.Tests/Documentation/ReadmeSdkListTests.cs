using Aims.Analyzers.Detection;
using Aims.Manifest.Catalog;
using Xunit;

namespace Aims.Analyzers.Tests.Documentation;

/// <summary>The README's opening names every SDK family of the catalogue.</summary>
public sealed class ReadmeSdkListTests
{
    // The README names Google's three SDKs once, and the HTTP rows by what they find.
    private static readonly Dictionary<string, string> NamedInTheReadmeAs = new(StringComparer.Ordinal)
    {
        ["Google Gen AI"] = "Google",
        ["Vertex AI"] = "Google",
        ["Mscc.GenerativeAI"] = "Google",
        [AiSdkCatalog.HttpSdk] = "raw HTTP to model endpoints",
    };

    [Fact]
    public void The_opening_paragraph_names_every_SDK_family_of_the_catalogue()
    {
        var readme = File.ReadAllText(RepositoryFiles.PathOf("README.md")).ReplaceLineEndings("\n");
        var opening = readme[..readme.IndexOf("\n\n## ", StringComparison.Ordinal)].Replace("\n", " ", StringComparison.Ordinal);
        var missing = AiSdkCatalog.Entries.Select(entry => entry.Sdk).Distinct()
            .Select(family => NamedInTheReadmeAs.GetValueOrDefault(family, family))
            .Where(name => !opening.Contains(name, StringComparison.Ordinal))
            .ToList();

        Assert.Empty(missing);
    }
}
