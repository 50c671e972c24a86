using System.Net;
using System.Text.RegularExpressions;

namespace Aims.Cli.Tests.Harness;

/// <summary>
/// The text a reader sees in the tables and the summary of a report, from its HTML or its Markdown, so that tests can
/// compare the two formats cell by cell. Status symbols become their words; markup, escapes and warning signs go.
/// </summary>
public static partial class ReportText
{
    private static readonly Dictionary<string, string> StatusEmoji = new()
    {
        ["✅"] = "evidenced",
        ["❌"] = "gap",
        ["➖"] = "excluded",
        ["⚪"] = "not applicable",
    };

    /// <summary>The body rows of the HTML table with this id, each cell as text.</summary>
    public static List<string[]> HtmlTable(string html, string id)
    {
        var start = html.IndexOf($"<table id=\"{id}\"", StringComparison.Ordinal);
        if (start < 0)
        {
            return [];
        }

        var body = html[html.IndexOf("<tbody>", start, StringComparison.Ordinal)..html.IndexOf("</tbody>", start, StringComparison.Ordinal)];
        return HtmlRow().Matches(body).Select(row => HtmlCell().Matches(row.Value).Select(cell => FromHtml(cell.Groups["html"].Value)).ToArray()).ToList();
    }

    /// <summary>The sentences of the HTML summary's verdict card.</summary>
    public static List<string> HtmlHeadline(string html)
    {
        var card = html[html.IndexOf("<div class=\"card verdict", StringComparison.Ordinal)..];
        card = card[..card.IndexOf("</div>\n", StringComparison.Ordinal)];
        return HtmlParagraph().Matches(card).Select(p => FromHtml(p.Groups["html"].Value)).ToList();
    }

    /// <summary>The text of the HTML paragraph that starts with <paramref name="prefix"/>.</summary>
    public static string HtmlParagraph(string html, string prefix) =>
        FromHtml(Regex.Match(html, $"<p[^>]*>({Regex.Escape(prefix)}.*?)</p>", RegexOptions.Singleline).Groups[1].Value);

    /// <summary>The text of the Markdown line that starts with <paramref name="prefix"/>.</summary>
    public static string MarkdownLine(string markdown, string prefix) =>
        FromMarkdown(markdown.Split('\n').Single(line => line.StartsWith(prefix, StringComparison.Ordinal)));

    /// <summary>The body rows of every Markdown table from the line that starts with <paramref name="start"/> to the next heading.</summary>
    public static List<string[]> MarkdownTables(string markdown, string start)
    {
        var rows = new List<string[]>();
        var lines = Section(markdown, start);
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].StartsWith('|') && i + 1 < lines.Count && lines[i + 1].StartsWith("|---", StringComparison.Ordinal))
            {
                for (i += 2; i < lines.Count && lines[i].StartsWith('|'); i++)
                {
                    rows.Add(MarkdownCell().Split(lines[i].Trim().Trim('|')).Select(FromMarkdown).ToArray());
                }
            }
        }

        return rows;
    }

    /// <summary>The items of the Markdown bullet list from the line that starts with <paramref name="start"/> to the next heading.</summary>
    public static List<string> MarkdownList(string markdown, string start) =>
        Section(markdown, start).Where(line => line.StartsWith("- ", StringComparison.Ordinal)).Select(line => FromMarkdown(line[2..])).ToList();

    private static List<string> Section(string markdown, string start)
    {
        var lines = markdown.Split('\n');
        var first = Array.FindIndex(lines, line => line.StartsWith(start, StringComparison.Ordinal));
        if (first < 0)
        {
            return [];
        }

        return lines.Skip(first + 1).TakeWhile(line => !line.StartsWith('#')).ToList();
    }

    private static string FromHtml(string html)
    {
        var text = Regex.Replace(html, "<br>|</li><li>", " ");
        text = Regex.Replace(text, "<span aria-hidden=\"true\">[^<]*</span>", "");
        text = Regex.Replace(text, "<[^>]+>", "");
        return Normalize(WebUtility.HtmlDecode(text));
    }

    private static string FromMarkdown(string cell)
    {
        var text = cell.Replace("<br>", " ", StringComparison.Ordinal);
        text = Regex.Replace(text, @"(?<!\\)(\*\*|`)", "");
        text = Regex.Replace(text, @"(?<![\\\w])_|(?<![\\])_(?!\w)", "");
        text = Regex.Replace(text, @"\\(.)", "$1");
        text = WebUtility.HtmlDecode(text).Replace("⚠️", "", StringComparison.Ordinal);
        foreach (var (emoji, word) in StatusEmoji)
        {
            text = text.Trim() == emoji ? word : text.Replace(emoji, "", StringComparison.Ordinal);
        }

        return Normalize(text);
    }

    private static string Normalize(string text) => Regex.Replace(text.Replace("\u200B", "", StringComparison.Ordinal), @"\s+", " ").Trim();

    [GeneratedRegex("<tr[^>]*>(?<cells>.*?)</tr>", RegexOptions.Singleline)]
    private static partial Regex HtmlRow();

    [GeneratedRegex("<t[dh][^>]*>(?<html>.*?)</t[dh]>", RegexOptions.Singleline)]
    private static partial Regex HtmlCell();

    [GeneratedRegex("<p>(?<html>.*?)</p>", RegexOptions.Singleline)]
    private static partial Regex HtmlParagraph();

    [GeneratedRegex(@"(?<!\\)\|")]
    private static partial Regex MarkdownCell();
}
