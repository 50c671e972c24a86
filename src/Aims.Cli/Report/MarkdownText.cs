using System.Text;

namespace Aims.Cli.Report;

/// <summary>
/// Escapes text for GitHub-flavoured Markdown: a value such as "&lt;owner&gt;" must show as written, not vanish as an
/// HTML tag, a "|" must not end a table cell, and an owner such as "@org/team" must not notify that team from a pull
/// request comment (a zero-width space after the "@" keeps GitHub from reading a mention).
/// </summary>
internal static class MarkdownText
{
    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            escaped.Append(c switch
            {
                '<' => "&lt;",
                '>' => "&gt;",
                '&' => "&amp;",
                '\\' or '`' or '*' or '_' or '[' or ']' or '|' or '#' or '~' => "\\" + c,
                '@' => "@&#8203;",
                '\r' => "",
                '\n' => " ",
                _ => c.ToString(),
            });
        }

        return escaped.ToString();
    }

    /// <summary>Text for a table cell: escaped, on one line, and never empty (an empty cell reads as missing data).</summary>
    public static string Cell(string text) => text.Length == 0 ? " " : Escape(text);
}
