using System.Collections.Generic;
using System.Text.Json;
using Aims.Cli.Output;
using Aims.Manifest.Vocabulary;

namespace Aims.Cli.Bom;

/// <summary>
/// The <c>aims:</c> name-value properties of a CycloneDX element. A placeholder is never written as a value: it becomes
/// an <c>aims:gap</c> property naming the field, so the BOM shows it as missing.
/// </summary>
internal sealed class PropertyList
{
    private readonly List<(string Name, string Value)> _properties = [];

    /// <summary>Adds a declared value; skips null, and records a placeholder as a gap.</summary>
    public PropertyList Add(string name, string? value)
    {
        if (GovernanceValueRules.IsPlaceholder(value))
        {
            _properties.Add(("aims:gap", $"{name} is still a placeholder ({value!.Trim()})"));
        }
        else if (value is not null)
        {
            _properties.Add(("aims:" + name, value));
        }

        return this;
    }

    public PropertyList AddEach(string name, IEnumerable<string> values)
    {
        foreach (var value in values)
        {
            Add(name, value);
        }

        return this;
    }

    public PropertyList AddAll(IEnumerable<(string Name, string Value)> properties)
    {
        foreach (var (name, value) in properties)
        {
            Add(name, value);
        }

        return this;
    }

    public PropertyList AddGap(string description)
    {
        _properties.Add(("aims:gap", description));
        return this;
    }

    public void WriteTo(Utf8JsonWriter json)
    {
        if (_properties.Count == 0)
        {
            return;
        }

        json.WriteStartArray("properties");
        foreach (var (name, value) in _properties)
        {
            json.WriteStartObject();
            json.WriteText("name", name);
            json.WriteText("value", value);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
