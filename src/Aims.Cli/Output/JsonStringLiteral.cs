using System;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Aims.Cli.Output;

/// <summary>
/// JSON string literals that may hold an unpaired surrogate. The manifest keeps one as an escape ("\ud800") so that a
/// value is kept as the code wrote it; System.Text.Json would write U+FFFD instead, so the tool's other JSON outputs
/// (the bill of materials, the diff) write such literals themselves.
/// </summary>
internal static class JsonStringLiteral
{
    public static bool HasUnpairedSurrogate(string value)
    {
        var at = value.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF');
        if (at < 0)
        {
            return false;
        }

        for (var i = at; i < value.Length; i++)
        {
            if (char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(value[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The quoted literal: text escaped by <paramref name="encoder"/>, each unpaired surrogate as \uXXXX.</summary>
    public static string Write(string value, JavaScriptEncoder encoder)
    {
        var literal = new StringBuilder(value.Length + 8).Append('"');
        var run = 0;
        for (var i = 0; i < value.Length; i++)
        {
            if (char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(value[i]))
            {
                literal.Append(JsonEncodedText.Encode(value.AsSpan(run, i - run), encoder).Value)
                    .Append("\\u").Append(((int)value[i]).ToString("x4", CultureInfo.InvariantCulture));
                run = i + 1;
            }
        }

        return literal.Append(JsonEncodedText.Encode(value.AsSpan(run), encoder).Value).Append('"').ToString();
    }

}
