using System.Text;

namespace Aims.Cli.Report;

/// <summary>Escapes text for HTML element content and attribute values; manifest values are data, never markup.</summary>
internal static class HtmlText
{
    public static string Encode(string text)
    {
        var encoded = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            encoded.Append(c switch
            {
                '<' => "&lt;",
                '>' => "&gt;",
                '&' => "&amp;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }

        return encoded.ToString();
    }
}
