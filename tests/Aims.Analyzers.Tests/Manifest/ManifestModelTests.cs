using System.Text.Json;
using System.Text.RegularExpressions;
using Aims.Analyzers.Tests.Documentation;
using Aims.Analyzers.Tests.Harness;
using Aims.Manifest;
using Aims.Manifest.Model;
using Aims.Manifest.Vocabulary;
using Xunit;

namespace Aims.Analyzers.Tests.Manifest;

/// <summary>
/// The one manifest model against what describes it: the JSON Schema has exactly the fields the writer writes, its enums
/// are the vocabulary's lists, docs/manifest.md explains every field of the document and of a system, and the one
/// reader gives back what the one writer wrote.
/// </summary>
public sealed partial class ManifestModelTests
{
    private static readonly JsonElement Schema = JsonDocument.Parse(File.ReadAllText(RepositoryFiles.PathOf("docs/schema/aims-manifest.schema.json"))).RootElement;

    [Fact]
    public void Every_object_the_writer_writes_has_exactly_the_fields_of_its_schema()
    {
        using var written = JsonDocument.Parse(ManifestWriter.Write(CompleteManifest.Create()));
        var problems = new List<string>();
        Compare(written.RootElement, Schema, "$", problems);
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void The_reader_gives_back_what_the_writer_wrote()
    {
        var json = ManifestWriter.Write(CompleteManifest.Create());

        Assert.Equal(json, ManifestWriter.Write(Aims.Manifest.ManifestReader.Read(json)));
    }

    [Fact]
    public void The_enums_of_the_schema_are_the_vocabularys_lists()
    {
        var definitions = Schema.GetProperty("$defs");
        Assert.Equal(AnalysisModes.All, Enum(Schema.GetProperty("properties").GetProperty("analysisMode")));
        Assert.Equal(EvidenceSource.All, Enum(Schema.GetProperty("properties").GetProperty("evidence").GetProperty("properties").GetProperty("source")));
        Assert.Equal(GovernanceEnums.AiRiskLevel.Members, Enum(definitions.GetProperty("system").GetProperty("properties").GetProperty("risk")));
        Assert.Equal(GovernanceEnums.AiRiskLevel.Members, Schema.GetProperty("properties").GetProperty("summary").GetProperty("properties").GetProperty("byRisk").GetProperty("required").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(ControlStatus.All, Enum(definitions.GetProperty("control").GetProperty("properties").GetProperty("status")));
        Assert.Equal(ControlStatus.All, Schema.GetProperty("properties").GetProperty("summary").GetProperty("properties").GetProperty("byControlStatus").GetProperty("required").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(SuppressionKind.All, Enum(definitions.GetProperty("finding").GetProperty("properties").GetProperty("suppression").GetProperty("oneOf")[1].GetProperty("properties").GetProperty("kind")));
        Assert.Equal(FindingSeverity.All, Enum(definitions.GetProperty("finding").GetProperty("properties").GetProperty("severity")));
    }

    [Fact]
    public void The_manifest_guide_explains_every_field_of_the_document_and_of_a_system()
    {
        using var written = JsonDocument.Parse(ManifestWriter.Write(CompleteManifest.Create()));
        var guide = File.ReadAllText(RepositoryFiles.PathOf("docs/manifest.md"));
        var table = guide[guide.IndexOf("## Reading it", StringComparison.Ordinal)..];
        table = table[..table.IndexOf("\n\n", table.IndexOf("| field |", StringComparison.Ordinal), StringComparison.Ordinal)];
        var named = table.Split('\n').Where(row => row.StartsWith("| `", StringComparison.Ordinal))
            .SelectMany(row => FieldName().Matches(row.Split('|')[1]).Select(m => m.Groups["name"].Value))
            .ToHashSet(StringComparer.Ordinal);

        var merged = new[] { "sources", "duplicateSystems", "controlsBySource" };
        Assert.All(written.RootElement.EnumerateObject().Select(p => p.Name).Except(merged), field => Assert.Contains(field, named));
        Assert.All(written.RootElement.GetProperty("systems")[0].EnumerateObject().Select(p => p.Name), field => Assert.Contains(field, named));
        Assert.All(merged, field => Assert.Contains($"`{field}[]`", guide, StringComparison.Ordinal));
    }

    private static IEnumerable<string?> Enum(JsonElement schema) =>
        schema.GetProperty("enum").EnumerateArray().Where(e => e.ValueKind != JsonValueKind.Null).Select(e => e.GetString());

    /// <summary>Walks the written JSON and its schema together and notes every field one has and the other has not.</summary>
    private static void Compare(JsonElement value, JsonElement schema, string path, List<string> problems)
    {
        schema = Resolve(schema, value);
        switch (value.ValueKind)
        {
            case JsonValueKind.Object when schema.TryGetProperty("properties", out var properties):
                var fields = value.EnumerateObject().Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
                var described = properties.EnumerateObject().Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
                problems.AddRange(fields.Except(described).Select(f => $"{path}.{f} is written but not in the schema"));
                problems.AddRange(described.Except(fields).Select(f => $"{path}.{f} is in the schema but never written"));
                foreach (var field in value.EnumerateObject().Where(p => described.Contains(p.Name)))
                {
                    Compare(field.Value, properties.GetProperty(field.Name), $"{path}.{field.Name}", problems);
                }

                break;
            case JsonValueKind.Array when schema.TryGetProperty("items", out var items):
                foreach (var item in value.EnumerateArray())
                {
                    Compare(item, items, path + "[]", problems);
                }

                break;
        }
    }

    /// <summary>The schema that describes a value: references followed, and of a oneOf the branch for the value's kind.</summary>
    private static JsonElement Resolve(JsonElement schema, JsonElement value)
    {
        while (true)
        {
            if (schema.TryGetProperty("$ref", out var reference))
            {
                schema = reference.GetString()!.Split('/').Skip(1).Aggregate(Schema, (node, segment) => node.GetProperty(segment));
            }
            else if (schema.TryGetProperty("oneOf", out var branches))
            {
                schema = branches.EnumerateArray().First(branch => Accepts(Resolve(branch, value), value));
            }
            else
            {
                return schema;
            }
        }
    }

    private static bool Accepts(JsonElement schema, JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.Object && schema.TryGetProperty("required", out var required))
        {
            return required.EnumerateArray().All(name => value.TryGetProperty(name.GetString()!, out _));
        }

        return !schema.TryGetProperty("type", out var type) || type.ToString().Contains(value.ValueKind switch
        {
            JsonValueKind.Object => "object",
            JsonValueKind.Array => "array",
            JsonValueKind.String => "string",
            JsonValueKind.Null => "null",
            _ => "number",
        }, StringComparison.Ordinal);
    }

    [GeneratedRegex("`(?:systems\\[\\]\\.)?(?<name>[A-Za-z]+)(?:\\[\\])?`")]
    private static partial Regex FieldName();
}
