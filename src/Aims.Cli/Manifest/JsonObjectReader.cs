using System;
using System.Collections.Generic;
using System.Text.Json;
using Aims.Cli.Output;

namespace Aims.Cli.Manifest;

/// <summary>
/// Reads the members of one JSON object and says exactly where the shape is wrong ("systems[2].risk must be a string").
/// A missing key of a nullable value reads as null; a missing required value is an error.
/// </summary>
internal readonly struct JsonObjectReader
{
    private readonly JsonElement _element;
    private readonly string _path;

    public JsonObjectReader(JsonElement element, string path)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new ManifestFormatException($"{Describe(path)} must be an object");
        }

        _element = element;
        _path = path;
    }

    public string String(string name) =>
        NullableString(name) ?? throw Wrong(name, "a string");

    public string? NullableString(string name) => Member(name) switch
    {
        { ValueKind: JsonValueKind.String } value => ReadString(value, Child(name)),
        null or { ValueKind: JsonValueKind.Null } => null,
        _ => throw Wrong(name, "a string or null"),
    };

    public int Int(string name) =>
        NullableInt(name) ?? throw Wrong(name, "an integer");

    public int? NullableInt(string name) => Member(name) switch
    {
        { ValueKind: JsonValueKind.Number } value when value.TryGetInt32(out var number) => number,
        null or { ValueKind: JsonValueKind.Null } => null,
        _ => throw Wrong(name, "an integer or null"),
    };

    public double? NullableDouble(string name) => Member(name) switch
    {
        { ValueKind: JsonValueKind.Number } value => value.TryGetDouble(out var number) && double.IsFinite(number) ? number : throw Wrong(name, "a finite number"),
        null or { ValueKind: JsonValueKind.Null } => null,
        _ => throw Wrong(name, "a number or null"),
    };

    public bool Bool(string name) =>
        NullableBool(name) ?? throw Wrong(name, "true or false");

    public bool? NullableBool(string name) => Member(name) switch
    {
        { ValueKind: JsonValueKind.True } => true,
        { ValueKind: JsonValueKind.False } => false,
        null or { ValueKind: JsonValueKind.Null } => null,
        _ => throw Wrong(name, "true, false or null"),
    };

    public T Object<T>(string name, Func<JsonObjectReader, T> read) =>
        Member(name) is { ValueKind: JsonValueKind.Object } value
            ? read(new JsonObjectReader(value, Child(name)))
            : throw Wrong(name, "an object");

    public T? NullableObject<T>(string name, Func<JsonObjectReader, T> read)
        where T : class => Member(name) switch
    {
        { ValueKind: JsonValueKind.Object } value => read(new JsonObjectReader(value, Child(name))),
        null or { ValueKind: JsonValueKind.Null } => null,
        _ => throw Wrong(name, "an object or null"),
    };

    /// <summary>A required array; absent only where <paramref name="optional"/> allows (the merge extensions).</summary>
    public IReadOnlyList<T>? Array<T>(string name, Func<JsonObjectReader, T> read, bool optional = false)
    {
        var member = Member(name);
        if (member is null && optional)
        {
            return null;
        }

        if (member is not { ValueKind: JsonValueKind.Array } array)
        {
            throw Wrong(name, "an array");
        }

        var items = new List<T>(array.GetArrayLength());
        var index = 0;
        foreach (var item in array.EnumerateArray())
        {
            items.Add(read(new JsonObjectReader(item, $"{Child(name)}[{index++}]")));
        }

        return items;
    }

    public IReadOnlyList<T> RequiredArray<T>(string name, Func<JsonObjectReader, T> read) => Array(name, read)!;

    public IReadOnlyList<string> StringArray(string name)
    {
        if (Member(name) is not { ValueKind: JsonValueKind.Array } array)
        {
            throw Wrong(name, "an array of strings");
        }

        var items = new List<string>(array.GetArrayLength());
        foreach (var item in array.EnumerateArray())
        {
            items.Add(item.ValueKind == JsonValueKind.String ? ReadString(item, $"{Child(name)}[{items.Count}]") : throw Wrong(name, "an array of strings"));
        }

        return items;
    }

    /// <summary>The members of an object of counts, in document order ({"High": 1, ...}).</summary>
    public IReadOnlyList<NamedCount> Counts(string name)
    {
        if (Member(name) is not { ValueKind: JsonValueKind.Object } value)
        {
            throw Wrong(name, "an object of counts");
        }

        var counts = new List<NamedCount>();
        foreach (var property in value.EnumerateObject())
        {
            var key = KeyOf(property) ?? throw new ManifestFormatException($"{Child(name)} has a key that is not valid Unicode text");
            counts.Add(property.Value.ValueKind == JsonValueKind.Number && property.Value.TryGetInt32(out var count)
                ? new NamedCount(key, count)
                : throw Wrong($"{name}.{key}", "an integer"));
        }

        return counts;
    }

    /// <summary>The JSON path of a member of this object ("controlsBySource[1].controls").</summary>
    public string PathOf(string name) => Child(name);

    /// <summary>An error about this object as a whole, prefixed with its path.</summary>
    public ManifestFormatException Invalid(string problem) => new($"{Describe(_path)} {problem}");

    /// <summary>
    /// A string value. An escaped unpaired surrogate ("\ud800"), which the generator writes on purpose, makes
    /// <see cref="JsonElement.GetString"/> throw; the raw literal still holds it.
    /// </summary>
    private static string ReadString(JsonElement value, string path)
    {
        try
        {
            return value.GetString()!;
        }
        catch (InvalidOperationException)
        {
            try
            {
                return JsonStringLiteral.Read(value.GetRawText());
            }
            catch (InvalidOperationException)
            {
                throw new ManifestTextException(path);
            }
        }
    }

    /// <summary>An object key, or null when it is not valid text (an unpaired surrogate, invalid UTF-8): no manifest key is.</summary>
    private static string? KeyOf(JsonProperty property)
    {
        try
        {
            return property.Name;
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    private JsonElement? Member(string name) => _element.TryGetProperty(name, out var value) ? value : null;

    private string Child(string name) => _path.Length == 0 ? name : $"{_path}.{name}";

    private ManifestFormatException Wrong(string name, string expected) => new($"{Child(name)} must be {expected}");

    private static string Describe(string path) => path.Length == 0 ? "the document" : path;
}
