using System;
using System.Collections.Generic;

namespace Aims.Manifest.Json;

/// <summary>
/// Reads the members of one JSON object and says exactly where the shape is wrong ("systems[2].risk must be a string").
/// A missing key of a nullable value reads as null; a missing required value is an error.
/// </summary>
internal sealed class JsonObjectReader
{
    private readonly JsonNode _node;
    private readonly string _path;

    public JsonObjectReader(JsonNode node, string path)
    {
        if (node.Kind != JsonKind.Object)
        {
            throw new JsonShapeException($"{Describe(path)} must be an object");
        }

        _node = node;
        _path = path;
    }

    public string String(string name) =>
        NullableString(name) ?? throw Wrong(name, "a string");

    public string? NullableString(string name) => Member(name) switch
    {
        { Kind: JsonKind.String } value => value.Text,
        null or { Kind: JsonKind.Null } => null,
        _ => throw Wrong(name, "a string or null"),
    };

    public int Int(string name) =>
        NullableInt(name) ?? throw Wrong(name, "an integer");

    public int? NullableInt(string name) => Member(name) switch
    {
        { } value when value.TryGetInt32(out var number) => number,
        null or { Kind: JsonKind.Null } => null,
        _ => throw Wrong(name, "an integer or null"),
    };

    public double? NullableDouble(string name) => Member(name) switch
    {
        { Kind: JsonKind.Number } value => value.TryGetDouble(out var number) ? number : throw Wrong(name, "a finite number"),
        null or { Kind: JsonKind.Null } => null,
        _ => throw Wrong(name, "a number or null"),
    };

    public bool Bool(string name) =>
        NullableBool(name) ?? throw Wrong(name, "true or false");

    public bool? NullableBool(string name) => Member(name) switch
    {
        { Kind: JsonKind.True } => true,
        { Kind: JsonKind.False } => false,
        null or { Kind: JsonKind.Null } => null,
        _ => throw Wrong(name, "true, false or null"),
    };

    public T Object<T>(string name, Func<JsonObjectReader, T> read) =>
        Member(name) is { Kind: JsonKind.Object } value
            ? read(new JsonObjectReader(value, Child(name)))
            : throw Wrong(name, "an object");

    public T? NullableObject<T>(string name, Func<JsonObjectReader, T> read)
        where T : class => Member(name) switch
    {
        { Kind: JsonKind.Object } value => read(new JsonObjectReader(value, Child(name))),
        null or { Kind: JsonKind.Null } => null,
        _ => throw Wrong(name, "an object or null"),
    };

    /// <summary>The reader of a member object, or null when it is absent or null.</summary>
    public JsonObjectReader? NullableObject(string name) => Member(name) switch
    {
        { Kind: JsonKind.Object } value => new JsonObjectReader(value, Child(name)),
        null or { Kind: JsonKind.Null } => null,
        _ => throw Wrong(name, "an object or null"),
    };

    /// <summary>A required array.</summary>
    public IReadOnlyList<T> Array<T>(string name, Func<JsonObjectReader, T> read) =>
        NullableArray(name, read) ?? throw Wrong(name, "an array");

    /// <summary>An array, or null where the manifest says the list is unknown (or the key is absent).</summary>
    public IReadOnlyList<T>? NullableArray<T>(string name, Func<JsonObjectReader, T> read)
    {
        var member = Member(name);
        if (member is null or { Kind: JsonKind.Null })
        {
            return null;
        }

        if (member.Kind != JsonKind.Array)
        {
            throw Wrong(name, "an array or null");
        }

        var items = new List<T>(member.Items.Count);
        for (var i = 0; i < member.Items.Count; i++)
        {
            items.Add(read(new JsonObjectReader(member.Items[i], $"{Child(name)}[{i}]")));
        }

        return items;
    }

    public IReadOnlyList<string> StringArray(string name) =>
        NullableStringArray(name) ?? throw Wrong(name, "an array of strings");

    /// <summary>An array of strings, or null when the key is absent or null.</summary>
    public IReadOnlyList<string>? NullableStringArray(string name)
    {
        var array = Member(name);
        if (array is null or { Kind: JsonKind.Null })
        {
            return null;
        }

        if (array.Kind != JsonKind.Array)
        {
            throw Wrong(name, "an array of strings");
        }

        var items = new List<string>(array.Items.Count);
        foreach (var item in array.Items)
        {
            items.Add(item.Kind == JsonKind.String ? item.Text! : throw Wrong(name, "an array of strings"));
        }

        return items;
    }

    /// <summary>The members of an object of counts ({"High": 1, ...}) in document order, or null.</summary>
    public IReadOnlyList<(string Name, int Count)>? NullableCounts(string name)
    {
        var member = Member(name);
        if (member is null or { Kind: JsonKind.Null })
        {
            return null;
        }

        if (member.Kind != JsonKind.Object)
        {
            throw Wrong(name, "an object of counts");
        }

        var counts = new List<(string, int)>();
        foreach (var property in member.Members)
        {
            if (HasUnpairedSurrogate(property.Key))
            {
                throw new JsonShapeException($"{Child(name)} has a key that is not valid Unicode text");
            }

            counts.Add(property.Value.TryGetInt32(out var count) ? (property.Key, count) : throw Wrong($"{name}.{property.Key}", "an integer"));
        }

        return counts;
    }

    /// <summary>The names of the object's members, in document order.</summary>
    public IEnumerable<string> Names
    {
        get
        {
            foreach (var member in _node.Members)
            {
                yield return member.Key;
            }
        }
    }

    /// <summary>The JSON path of a member of this object ("controlsBySource[1].controls").</summary>
    public string PathOf(string name) => Child(name);

    /// <summary>An error about this object as a whole, prefixed with its path.</summary>
    public JsonShapeException Invalid(string problem) => new($"{Describe(_path)} {problem}");

    private JsonNode? Member(string name) => _node.Get(name);

    private static bool HasUnpairedSurrogate(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return true;
            }
        }

        return false;
    }

    private string Child(string name) => _path.Length == 0 ? name : $"{_path}.{name}";

    private JsonShapeException Wrong(string name, string expected) => new($"{Child(name)} must be {expected}");

    private static string Describe(string path) => path.Length == 0 ? "the document" : path;
}
