using System;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Aims.Cli.Output;

/// <summary>
/// JSON string literals that may hold an unpaired surrogate. The generator writes one as an escape ("\ud800") so that
/// a value is kept as the code wrote it (issue 9); System.Text.Json refuses to read it as a string and would write
/// U+FFFD instead, so the tool reads and writes such literals itself.
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

    /// <summary>The value of a quoted literal as it stands in the JSON text, unpaired surrogates kept.</summary>
    public static string Read(string literal)
    {
        var value = new StringBuilder(literal.Length);
        for (var i = 1; i < literal.Length - 1; i++)
        {
            if (literal[i] != '\\')
            {
                value.Append(literal[i]);
                continue;
            }

            var escaped = literal[++i];
            if (escaped == 'u')
            {
                value.Append((char)int.Parse(literal.AsSpan(i + 1, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                i += 4;
                continue;
            }

            value.Append(escaped switch
            {
                'b' => '\b',
                'f' => '\f',
                'n' => '\n',
                'r' => '\r',
                't' => '\t',
                _ => escaped,
            });
        }

        return value.ToString();
    }
}
