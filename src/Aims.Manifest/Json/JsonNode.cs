using System.Collections.Generic;
using System.Globalization;

namespace Aims.Manifest.Json;

/// <summary>
/// One value of a parsed JSON document. Objects keep their members in document order; numbers keep their text, so
/// that a reader decides whether it wants an integer or a double.
/// </summary>
internal sealed class JsonNode
{
    private static readonly IReadOnlyList<KeyValuePair<string, JsonNode>> NoMembers = new KeyValuePair<string, JsonNode>[0];
    private static readonly IReadOnlyList<JsonNode> NoItems = new JsonNode[0];

    private JsonNode(JsonKind kind, string? text, IReadOnlyList<KeyValuePair<string, JsonNode>>? members, IReadOnlyList<JsonNode>? items, int line, int column)
    {
        Kind = kind;
        Text = text;
        Members = members ?? NoMembers;
        Items = items ?? NoItems;
        Line = line;
        Column = column;
    }

    public JsonKind Kind { get; }

    /// <summary>A string's value, or a number's text as written; null for other kinds.</summary>
    public string? Text { get; }

    public IReadOnlyList<KeyValuePair<string, JsonNode>> Members { get; }

    public IReadOnlyList<JsonNode> Items { get; }

    /// <summary>Where the value starts in the text, 1-based.</summary>
    public int Line { get; }

    public int Column { get; }

    public static JsonNode Object(IReadOnlyList<KeyValuePair<string, JsonNode>> members, int line, int column) => new(JsonKind.Object, null, members, null, line, column);

    public static JsonNode Array(IReadOnlyList<JsonNode> items, int line, int column) => new(JsonKind.Array, null, null, items, line, column);

    public static JsonNode Scalar(JsonKind kind, string? text, int line, int column) => new(kind, text, null, null, line, column);

    /// <summary>The member of an object by name; null when it has none or this is no object.</summary>
    public JsonNode? Get(string name)
    {
        foreach (var member in Members)
        {
            if (member.Key == name)
            {
                return member.Value;
            }
        }

        return null;
    }

    public bool TryGetInt32(out int value)
    {
        value = 0;
        return Kind == JsonKind.Number && int.TryParse(Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);
    }

    public bool TryGetDouble(out double value)
    {
        value = 0;
        return Kind == JsonKind.Number &&
            double.TryParse(Text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) &&
            !double.IsInfinity(value) && !double.IsNaN(value);
    }
}
