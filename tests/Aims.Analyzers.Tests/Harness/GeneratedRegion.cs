namespace Aims.Analyzers.Tests.Harness;

/// <summary>
/// The part of a committed Markdown file between <c>&lt;!-- begin NAME --&gt;</c> and <c>&lt;!-- end NAME --&gt;</c>,
/// rendered from a table in code: the rest of the file is prose that people write.
/// </summary>
public static class GeneratedRegion
{
    public static void AssertMatches(string repositoryPath, string name, string expected, string updateVariable)
    {
        var text = File.ReadAllText(Documentation.RepositoryFiles.PathOf(repositoryPath)).ReplaceLineEndings("\n");
        var begin = $"<!-- begin {name} -->\n";
        var end = $"<!-- end {name} -->";
        var start = text.IndexOf(begin, StringComparison.Ordinal);
        var stop = text.IndexOf(end, StringComparison.Ordinal);
        Xunit.Assert.True(start >= 0 && stop > start, $"{repositoryPath} has no region '{name}'.");
        var rendered = text[..(start + begin.Length)] + expected + text[stop..];
        ReviewedFile.AssertMatches(repositoryPath, rendered, updateVariable);
    }
}
