using System.Text.RegularExpressions;

namespace Aims.Cli.Tests.Documentation;

/// <summary>The parts of a documentation page that tests check against the tool: sections, tables, code blocks, comments.</summary>
public sealed partial class MarkdownDocument(string text)
{
    public static MarkdownDocument Load(string relativePath) => new(File.ReadAllText(Harness.RepositoryRoot.Combine(relativePath)));

    /// <summary>The text of each "## " section by its heading.</summary>
    public IReadOnlyDictionary<string, string> Sections { get; } = SectionPattern().Matches(text)
        .ToDictionary(m => m.Groups["heading"].Value.Trim(), m => m.Groups["body"].Value);

    /// <summary>The commands of the shell and pipeline code blocks (```sh, ```yaml); plain ``` blocks show output.</summary>
    public IEnumerable<string> CodeBlocks => CodeBlockPattern().Matches(text)
        .Where(m => m.Groups["language"].Value is "sh" or "yaml")
        .Select(m => m.Groups["code"].Value);

    public IEnumerable<string> TestedBy => TestedByPattern().Matches(text)
        .SelectMany(m => m.Groups["tests"].Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));

    /// <summary>The cells of the table rows of some text (header and separator rows excluded).</summary>
    public static IEnumerable<string[]> TableRows(string section) => section.Split('\n')
        .Where(line => line.StartsWith('|') && !line.StartsWith("|---", StringComparison.Ordinal))
        .Select(line => TableCell().Split(line.Trim().Trim('|')).Select(cell => cell.Trim().Replace("\\|", "|", StringComparison.Ordinal)).ToArray())
        .Skip(1);

    public static bool HasTestedBy(string section) => TestedByPattern().IsMatch(section);

    [GeneratedRegex(@"^## (?<heading>[^\n]+)\n(?<body>.*?)(?=^## |\z)", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex SectionPattern();

    [GeneratedRegex(@"^```(?<language>[a-z]*)\n(?<code>.*?)^```", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex CodeBlockPattern();

    [GeneratedRegex(@"<!-- tested by: (?<tests>.*?) -->", RegexOptions.Singleline)]
    private static partial Regex TestedByPattern();

    /// <summary>A cell boundary: a "|" that is not escaped.</summary>
    [GeneratedRegex(@"(?<!\\)\|")]
    private static partial Regex TableCell();
}
