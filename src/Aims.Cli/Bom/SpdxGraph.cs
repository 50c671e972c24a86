using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using Aims.Cli.Output;

namespace Aims.Cli.Bom;

/// <summary>The elements of the graph in order, each written with the shared creation info.</summary>
internal sealed class SpdxGraph
{
    private const string NoAssertionLicense = "spdx:ExpandedLicensing/NoAssertionLicense";

    private readonly List<(string Id, Action<Utf8JsonWriter> Write)> _elements = [];
    private int _relationships;

    public IEnumerable<string> Ids => _elements.Select(e => e.Id);

    public void Add(string id, Action<Utf8JsonWriter> write) => _elements.Add((id, write));

    public void Relate(SpdxIds ids, string from, string type, IReadOnlyList<string> to) =>
        Add(ids.For($"relationship:{++_relationships}"), json =>
        {
            json.WriteText("type", "Relationship");
            json.WriteText("from", from);
            json.WriteText("relationshipType", type);
            json.WriteStartArray("to");
            foreach (var target in to)
            {
                json.WriteTextValue(target);
            }

            json.WriteEndArray();
        });

    /// <summary>A declared and a concluded licence of NoAssertion, which the AI and Dataset profiles ask of every package: a manifest knows no licences.</summary>
    public void Licenses(SpdxIds ids, string package)
    {
        Relate(ids, package, "hasDeclaredLicense", [NoAssertionLicense]);
        Relate(ids, package, "hasConcludedLicense", [NoAssertionLicense]);
    }

    public void WriteElements(Utf8JsonWriter json, string creationInfo)
    {
        foreach (var (id, write) in _elements)
        {
            json.WriteStartObject();
            write(json);
            json.WriteText("spdxId", id);
            json.WriteText("creationInfo", creationInfo);
            json.WriteEndObject();
        }
    }
}
