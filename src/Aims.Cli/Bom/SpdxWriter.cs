using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using Aims.Cli.Governance;
using Aims.Cli.Manifest;
using Aims.Cli.Output;

namespace Aims.Cli.Bom;

/// <summary>
/// Writes an SPDX 3.0.1 JSON-LD document with the AI and Dataset profiles: the application as a software package, each
/// AI system and each model as an <c>ai_AIPackage</c>, each data source as a <c>dataset_DatasetPackage</c>, providers as
/// organisations, and relationships between them. Every AI and dataset package has its declared and concluded licence
/// related to NoAssertion (the profiles ask for both; a manifest knows no licences).
/// </summary>
internal static class SpdxWriter
{
    public const string Context = "https://spdx.org/rdf/3.0.1/spdx-context.jsonld";

    /// <summary>CreationInfo.created is required: without --timestamp the epoch keeps the document reproducible.</summary>
    public const string ReproducibleCreated = "1970-01-01T00:00:00Z";

    private const string CreationInfo = "_:creationinfo";
    private const string NoAssertionLicense = "spdx:ExpandedLicensing/NoAssertionLicense";

    public static void Write(BomInventory bom, string? timestamp, Stream destination)
    {
        var ids = new SpdxIds(bom.DocumentId);
        var graph = new SpdxGraph();
        graph.Add(ids.Tool, json =>
        {
            json.WriteString("type", "Tool");
            json.WriteString("name", $"aims {ToolVersion.Version}");
        });
        graph.Add(ids.Agent, json =>
        {
            json.WriteString("type", "SoftwareAgent");
            json.WriteString("name", "aims");
        });

        var root = ids.For(bom.RootRef);
        graph.Add(root, json =>
        {
            json.WriteString("type", "software_Package");
            json.WriteString("name", bom.Manifest.Assembly.Name);
            json.WriteString("software_packageVersion", bom.Manifest.Assembly.Version);
            json.WriteString("software_primaryPurpose", "application");
        });

        var providers = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var system in bom.Systems)
        {
            var systemId = ids.For(system.Ref);
            graph.Add(systemId, json => WriteSystem(json, system.System));
            graph.Relate(ids, root, "contains", [systemId]);
            graph.Licenses(ids, systemId);
            foreach (var model in system.Models)
            {
                var modelId = ids.For(model.Ref);
                var provider = Placeholder.FilledOrNull(model.Model.Provider);
                if (provider is not null && !providers.ContainsKey(provider))
                {
                    providers.Add(provider, ids.For("organization:" + Uri.EscapeDataString(provider)));
                }

                graph.Add(modelId, json => WriteModel(json, model, provider is null ? null : providers[provider]));
                graph.Licenses(ids, modelId);
                graph.Relate(ids, systemId, "dependsOn", [modelId]);
            }

            foreach (var data in system.Data)
            {
                var dataId = ids.For(data.Ref);
                graph.Add(dataId, json => WriteDataset(json, data.Source));
                graph.Licenses(ids, dataId);
                graph.Relate(ids, systemId, data.Source.Usage switch { "Training" => "trainedOn", "Evaluation" => "testedOn", _ => "dependsOn" }, [dataId]);
            }
        }

        foreach (var (name, id) in providers)
        {
            graph.Add(id, json =>
            {
                json.WriteString("type", "Organization");
                json.WriteString("name", name);
            });
        }

        JsonOutput.Write(destination, json =>
        {
            json.WriteStartObject();
            json.WriteString("@context", Context);
            json.WriteStartArray("@graph");
            json.WriteStartObject();
            json.WriteString("type", "CreationInfo");
            json.WriteString("@id", CreationInfo);
            json.WriteString("specVersion", "3.0.1");
            json.WriteString("created", timestamp ?? ReproducibleCreated);
            json.WriteStartArray("createdBy");
            json.WriteStringValue(ids.Agent);
            json.WriteEndArray();
            json.WriteStartArray("createdUsing");
            json.WriteStringValue(ids.Tool);
            json.WriteEndArray();
            json.WriteEndObject();

            json.WriteStartObject();
            json.WriteString("type", "SpdxDocument");
            json.WriteString("spdxId", ids.Document);
            json.WriteString("creationInfo", CreationInfo);
            json.WriteString("name", $"AI inventory of {bom.Manifest.Assembly.Name}");
            json.WriteStartArray("profileConformance");
            foreach (var profile in new[] { "core", "software", "ai", "dataset", "expandedLicensing" })
            {
                json.WriteStringValue(profile);
            }

            json.WriteEndArray();
            json.WriteStartArray("rootElement");
            json.WriteStringValue(root);
            json.WriteEndArray();
            json.WriteStartArray("element");
            foreach (var id in graph.Ids)
            {
                json.WriteStringValue(id);
            }

            json.WriteEndArray();
            json.WriteEndObject();
            graph.WriteElements(json, CreationInfo);
            json.WriteEndArray();
            json.WriteEndObject();
        });
    }

    private static void WriteSystem(Utf8JsonWriter json, AiSystem system)
    {
        json.WriteString("type", "ai_AIPackage");
        json.WriteString("name", Placeholder.FilledOrNull(system.Name) ?? system.Id);
        json.WriteString("software_primaryPurpose", "application");
        if (Placeholder.FilledOrNull(system.Purpose) is { } purpose)
        {
            json.WriteString("ai_informationAboutApplication", purpose);
        }

        json.WriteString("ai_autonomyType", system.HumanOversight.Any(o => o.Mode == "HumanInTheLoop") ? "no" : "noAssertion");
        if (SafetyRisk(system.Risk) is { } risk)
        {
            json.WriteString("ai_safetyRiskAssessment", risk);
        }

        json.WriteString("ai_useSensitivePersonalInformation", system.DataSources.Any(d => d.ContainsPersonalData == true)
            ? "yes"
            : system.DataSources.Count > 0 && system.DataSources.All(d => d.ContainsPersonalData == false) ? "no" : "noAssertion");
        var thresholds = system.Evaluations.Where(e => e.Threshold is not null).ToList();
        if (system.Evaluations.Count > 0)
        {
            WriteDictionary(json, "ai_metric", system.Evaluations.Select(e => (e.Metric, (string?)null)));
        }

        if (thresholds.Count > 0)
        {
            WriteDictionary(json, "ai_metricDecisionThreshold", thresholds.Select(e => (e.Metric, (string?)e.Threshold!.Value.ToString(CultureInfo.InvariantCulture))));
        }

        var comment = new List<string> { $"AI system '{system.Id}', risk {system.Risk}" };
        if (Placeholder.FilledOrNull(system.Owner) is { } owner)
        {
            comment.Add("owner " + owner);
        }

        json.WriteString("comment", string.Join("; ", comment));
    }

    private static void WriteModel(Utf8JsonWriter json, BomModel bomModel, string? supplier)
    {
        var model = bomModel.Model;
        json.WriteString("type", "ai_AIPackage");
        json.WriteString("name", Placeholder.FilledOrNull(model.ModelId) ?? $"unnamed model ({Placeholder.FilledOrNull(model.Provider) ?? model.Sdk ?? "provider not declared"})");
        json.WriteString("software_primaryPurpose", "model");
        if (Placeholder.FilledOrNull(model.Version) is { } version)
        {
            json.WriteString("software_packageVersion", version);
        }

        if (supplier is not null)
        {
            json.WriteString("suppliedBy", supplier);
        }

        json.WriteString("comment", $"{model.Source} model" + (model.Hosting is null ? "" : $", hosting {model.Hosting}") + (bomModel.Task is null ? "" : $", task {bomModel.Task}"));
    }

    private static void WriteDataset(Utf8JsonWriter json, DataSourceEntry source)
    {
        json.WriteString("type", "dataset_DatasetPackage");
        json.WriteString("name", CycloneDxWriter.DataName(source));
        json.WriteString("software_primaryPurpose", "data");
        json.WriteStartArray("dataset_datasetType");
        json.WriteStringValue("noAssertion");
        json.WriteEndArray();
        json.WriteString("dataset_hasSensitivePersonalInformation", source.ContainsPersonalData switch { true => "yes", false => "no", null => "noAssertion" });
        if (source.Usage is { } usage)
        {
            json.WriteString("dataset_intendedUse", usage);
        }

        if (Placeholder.FilledOrNull(source.LawfulBasis) is { } basis)
        {
            json.WriteString("comment", "lawful basis: " + basis);
        }
    }

    private static void WriteDictionary(Utf8JsonWriter json, string name, IEnumerable<(string Key, string? Value)> entries)
    {
        json.WriteStartArray(name);
        foreach (var (key, value) in entries)
        {
            json.WriteStartObject();
            json.WriteString("type", "DictionaryEntry");
            json.WriteString("key", key);
            if (value is not null)
            {
                json.WriteString("value", value);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    /// <summary>The EU AI Act tiers on SPDX's scale: prohibited is serious, limited transparency-only risk is medium.</summary>
    private static string? SafetyRisk(string risk) => risk switch
    {
        RiskTier.Prohibited => "serious",
        RiskTier.High => "high",
        RiskTier.Limited => "medium",
        RiskTier.Minimal => "low",
        _ => null,
    };

    /// <summary>The elements of the graph in order, each written with the shared creation info.</summary>
    private sealed class SpdxGraph
    {
        private readonly List<(string Id, Action<Utf8JsonWriter> Write)> _elements = [];
        private int _relationships;

        public IEnumerable<string> Ids => _elements.Select(e => e.Id);

        public void Add(string id, Action<Utf8JsonWriter> write) => _elements.Add((id, write));

        public void Relate(SpdxIds ids, string from, string type, IReadOnlyList<string> to) =>
            Add(ids.For($"relationship:{++_relationships}"), json =>
            {
                json.WriteString("type", "Relationship");
                json.WriteString("from", from);
                json.WriteString("relationshipType", type);
                json.WriteStartArray("to");
                foreach (var target in to)
                {
                    json.WriteStringValue(target);
                }

                json.WriteEndArray();
            });

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
                json.WriteString("spdxId", id);
                json.WriteString("creationInfo", creationInfo);
                json.WriteEndObject();
            }
        }
    }

    /// <summary>The document's IRIs: one namespace per document (its UUID), one readable name per element.</summary>
    private sealed class SpdxIds(string documentId)
    {
        private readonly string _namespace = $"urn:aims:{documentId}:";

        public string Document => _namespace + "document";

        public string Tool => _namespace + "tool";

        public string Agent => _namespace + "agent";

        public string For(string reference) => _namespace + reference;
    }
}
