using System;
using System.Collections.Generic;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Aims.Cli.Output;

/// <summary>
/// The writes every JSON output of the tool is made of: text that keeps an unpaired surrogate escaped
/// (<see cref="JsonStringLiteral"/>), nulls written out, lists and optional members.
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

    /// <summary>A member written only when it has a value (the merge extensions of locations, call sites and findings).</summary>
    public static void WriteTextIfSet(this Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null)
        {
            json.WriteText(name, value);
        }
    }

    public static void WriteTexts(this Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteTextValue(value);
        }

        json.WriteEndArray();
    }

    public static void WriteArray<T>(this Utf8JsonWriter json, string name, IEnumerable<T> items, Action<Utf8JsonWriter, T> write)
    {
        json.WriteStartArray(name);
        foreach (var item in items)
        {
            write(json, item);
        }

        json.WriteEndArray();
    }

    public static void WriteNumberOrNull(this Utf8JsonWriter json, string name, int? value)
    {
        if (value is { } set)
        {
            json.WriteNumber(name, set);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    public static void WriteNumberOrNull(this Utf8JsonWriter json, string name, double? value)
    {
        if (value is { } set)
        {
            json.WriteNumber(name, set);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    public static void WriteBooleanOrNull(this Utf8JsonWriter json, string name, bool? value)
    {
        if (value is { } set)
        {
            json.WriteBoolean(name, set);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static JavaScriptEncoder EncoderOf(Utf8JsonWriter json) => json.Options.Encoder ?? JavaScriptEncoder.Default;
}
