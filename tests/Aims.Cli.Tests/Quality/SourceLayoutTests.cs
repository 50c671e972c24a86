using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;

namespace Aims.Cli.Tests.Quality;

/// <summary>One concept per file, in files short enough to read: each source file of the tool declares one type.</summary>
public sealed class SourceLayoutTests
{
    private const int MaxLines = 250;

    public static TheoryData<string> Files() => new(ToolSources.OwnFiles);

    [Theory]
    [MemberData(nameof(Files))]
    public void Each_source_file_of_the_tool_declares_one_type_in_at_most_250_lines(string file)
    {
        var text = File.ReadAllText(Harness.RepositoryRoot.Combine("src/Aims.Cli/" + file));
        var root = CSharpSyntaxTree.ParseText(text).GetRoot();
        var types = root.DescendantNodes().OfType<BaseTypeDeclarationSyntax>().Select(t => t.Identifier.Text)
            .Concat(root.DescendantNodes().OfType<DelegateDeclarationSyntax>().Select(d => d.Identifier.Text))
            .ToList();

        Assert.True(types.Count == 1, $"{file} declares {string.Join(", ", types)}");
        Assert.True(text.Split('\n').Length <= MaxLines, $"{file} has {text.Split('\n').Length} lines");
    }
}
