using System;
using System.Collections.Generic;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Aims.Cli.Output;

/// <summary>
/// The writes every JSON output of the tool is made of: text that keeps an unpaired surrogate escaped
/// (<see cref="JsonStringLiteral"/>).
/// </summary>
internal static class JsonWriterExtensions
{
    public static void WriteText(this Utf8JsonWriter json, string name, string? value)
    {
        if (value is null || !JsonStringLiteral.HasUnpairedSurrogate(value))
        {
            json.WriteString(name, value);
            return;
        }

        json.WritePropertyName(name);
        json.WriteRawValue(JsonStringLiteral.Write(value, EncoderOf(json)), skipInputValidation: true);
    }

    public static void WriteTextValue(this Utf8JsonWriter json, string value)
    {
        if (!JsonStringLiteral.HasUnpairedSurrogate(value))
        {
            json.WriteStringValue(value);
            return;
        }

        // The writer leaves the line break and indentation before a raw array element to the caller.
        var indentation = json.Options.Indented ? "\n" + new string(' ', json.CurrentDepth * 2) : "";
        json.WriteRawValue(indentation + JsonStringLiteral.Write(value, EncoderOf(json)), skipInputValidation: true);
    }

    private static JavaScriptEncoder EncoderOf(Utf8JsonWriter json) => json.Options.Encoder ?? JavaScriptEncoder.Default;
}
