using Aims.Analyzers.Detection;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace Aims.Analyzers.Tests.Detection;

/// <summary>The text scan that decides which files can hold declarations skips the files this package generates.</summary>
public sealed class SourceTextPrefilterTests
{
    private const string ManifestMentioningAttributes = "// \"attribute\": \"AiSystem\", \"url\": \"https://api.openai.com/v1\"\nclass C { }";

    [Theory]
    [InlineData("/obj/Aims.Analyzers/Aims.Analyzers.Generator.AimsManifestGenerator/AimsManifest.Metadata.g.cs")]
    [InlineData("Aims.Analyzers/Aims.Analyzers.Generator.AimsManifestGenerator/AimsManifest.Metadata.g.cs")]
    [InlineData(@"C:\src\obj\Aims.Analyzers\Aims.Analyzers.Generator.AimsManifestGenerator\AimsManifest.Metadata.g.cs")]
    public void The_generated_manifest_is_not_scanned(string path)
    {
        var tree = CSharpSyntaxTree.ParseText(ManifestMentioningAttributes, path: path);

        Assert.False(SourceTextPrefilter.MayUseAimsAttributes(tree, default));
    }

    [Theory]
    [InlineData("/src/AimsManifest.Metadata.g.cs")]
    [InlineData("/src/Other.Generator.AimsManifestGenerator/AimsManifest.g.cs")]
    [InlineData("/src/Service.cs")]
    public void Files_of_the_same_name_elsewhere_are_scanned(string path)
    {
        var tree = CSharpSyntaxTree.ParseText(ManifestMentioningAttributes, path: path);

        Assert.True(SourceTextPrefilter.MayUseAimsAttributes(tree, default));
    }
}
