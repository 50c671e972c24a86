using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Aims.Cli.Governance;
using Aims.Cli.Output;
using Aims.Cli.Report;
using Aims.Cli.Inputs;

namespace Aims.Cli.Bom;

/// <summary>
/// Writes an SPDX 3.0.1 JSON-LD document with the AI and Dataset profiles: the application as a software package, each
/// AI system and each model as an <c>ai_AIPackage</c>, each data source as a <c>dataset_DatasetPackage</c>, the AI calls
/// no system covers (shadow AI) as an <c>ai_AIPackage</c> per provider and SDK that the application depends on,
/// providers as organisations, and relationships between them (<see cref="SpdxElements"/> writes each element).
/// </summary>
internal static class SpdxWriter
{
    public const string Context = "https://spdx.org/rdf/3.0.1/spdx-context.jsonld";

    /// <summary>CreationInfo.created is required: without --timestamp the epoch keeps the document reproducible.</summary>
    public const string ReproducibleCreated = "1970-01-01T00:00:00Z";

    private const string CreationInfo = "_:creationinfo";

    public static void Write(BomInventory bom, string? timestamp, Stream destination)
    {
        var ids = new SpdxIds(bom.DocumentId);
        var graph = new SpdxGraph();
        graph.Add(ids.Tool, json =>
        {
            json.WriteText("type", "Tool");
            json.WriteText("name", $"aims {ToolVersion.Version}");
        });
        graph.Add(ids.Agent, json =>
        {
            json.WriteText("type", "SoftwareAgent");
            json.WriteText("name", "aims");
        });

        var root = ids.For(bom.RootRef);
        graph.Add(root, json =>
        {
            json.WriteText("type", "software_Package");
            json.WriteText("name", bom.Manifest.Assembly.Name);
            json.WriteText("software_packageVersion", bom.Manifest.Assembly.Version);
            json.WriteText("software_primaryPurpose", "application");
            var policy = PolicyRows.Facts(bom.Manifest).Where(fact => fact.Value is not null).Select(fact => $"AI policy {fact.Name}: {fact.Value}").ToList();
            if (policy.Count > 0)
            {
                json.WriteText("comment", string.Join("; ", policy));
            }
        });

        var providers = new SortedDictionary<string, string>(StringComparer.Ordinal);
        string? Organization(string? provider)
        {
            if (Placeholder.FilledOrNull(provider) is not { } name)
            {
                return null;
            }

            if (!providers.TryGetValue(name, out var id))
            {
                providers.Add(name, id = ids.For("organization:" + Uri.EscapeDataString(name)));
            }

            return id;
        }

        foreach (var system in bom.Systems)
        {
            var systemId = ids.For(system.Ref);
            graph.Add(systemId, json => SpdxElements.WriteSystem(json, system.System));
            graph.Relate(ids, root, "contains", [systemId]);
            graph.Licenses(ids, systemId);
            foreach (var model in system.Models)
            {
                var modelId = ids.For(model.Ref);
                var supplier = Organization(model.Model.Provider);
                graph.Add(modelId, json => SpdxElements.WriteModel(json, model, supplier));
                graph.Licenses(ids, modelId);
                graph.Relate(ids, systemId, "dependsOn", [modelId]);
            }

            foreach (var data in system.Data)
            {
                var dataId = ids.For(data.Ref);
                graph.Add(dataId, json => SpdxElements.WriteDataset(json, data));
                graph.Licenses(ids, dataId);
                graph.Relate(ids, systemId, data.Source.Usage switch { "Training" => "trainedOn", "Evaluation" => "testedOn", _ => "dependsOn" }, [dataId]);
            }
        }

        // Shadow AI: calls no declared system covers still use a model or a service, by provider and SDK.
        foreach (var use in bom.Manifest.KnownUndeclaredUsages().GroupBy(call => (call.Provider, call.Sdk)).OrderBy(g => g.Key.Provider, StringComparer.Ordinal).ThenBy(g => g.Key.Sdk, StringComparer.Ordinal))
        {
            var useId = ids.For($"undeclared:{Uri.EscapeDataString(use.Key.Provider ?? "")}:{Uri.EscapeDataString(use.Key.Sdk ?? "")}");
            var supplier = Organization(use.Key.Provider);
            graph.Add(useId, json => SpdxElements.WriteUndeclaredUse(json, use.Key.Provider, use.Key.Sdk, [.. use], supplier));
            graph.Licenses(ids, useId);
            graph.Relate(ids, root, "dependsOn", [useId]);
        }

        // A dependency that calls AI hangs under the systems it supplies, else under the application.
        foreach (var dependency in bom.Dependencies)
        {
            var dependencyId = ids.For(dependency.Ref);
            graph.Add(dependencyId, json => SpdxElements.WriteDependency(json, dependency));
            graph.Licenses(ids, dependencyId);
            var supplied = bom.Systems.Where(s => dependency.Dependency.SupplierOf.Contains(s.System.Id)).Select(s => ids.For(s.Ref)).ToList();
            foreach (var from in supplied.Count > 0 ? supplied : [root])
            {
                graph.Relate(ids, from, "dependsOn", [dependencyId]);
            }
        }

        if (bom.Manifest.UndeclaredTools is { Count: > 0 } undeclaredTools)
        {
            var toolsId = ids.For("undeclared:tools");
            graph.Add(toolsId, json => SpdxElements.WriteUndeclaredTools(json, undeclaredTools));
            graph.Licenses(ids, toolsId);
            graph.Relate(ids, root, "dependsOn", [toolsId]);
        }

        foreach (var (name, id) in providers)
        {
            graph.Add(id, json =>
            {
                json.WriteText("type", "Organization");
                json.WriteText("name", name);
            });
        }

        JsonOutput.Write(destination, json =>
        {
            json.WriteStartObject();
            json.WriteText("@context", Context);
            json.WriteStartArray("@graph");
            json.WriteStartObject();
            json.WriteText("type", "CreationInfo");
            json.WriteText("@id", CreationInfo);
            json.WriteText("specVersion", "3.0.1");
            json.WriteText("created", timestamp ?? ReproducibleCreated);
            json.WriteStartArray("createdBy");
            json.WriteTextValue(ids.Agent);
            json.WriteEndArray();
            json.WriteStartArray("createdUsing");
            json.WriteTextValue(ids.Tool);
            json.WriteEndArray();
            json.WriteEndObject();

            json.WriteStartObject();
            json.WriteText("type", "SpdxDocument");
            json.WriteText("spdxId", ids.Document);
            json.WriteText("creationInfo", CreationInfo);
            json.WriteText("name", $"AI inventory of {bom.Manifest.Assembly.Name}");
            json.WriteStartArray("profileConformance");
            foreach (var profile in new[] { "core", "software", "ai", "dataset", "expandedLicensing" })
            {
                json.WriteTextValue(profile);
            }

            json.WriteEndArray();
            json.WriteStartArray("rootElement");
            json.WriteTextValue(root);
            json.WriteEndArray();
            json.WriteStartArray("element");
            foreach (var id in graph.Ids)
            {
                json.WriteTextValue(id);
            }

            json.WriteEndArray();
            json.WriteEndObject();
            graph.WriteElements(json, CreationInfo);
            json.WriteEndArray();
            json.WriteEndObject();
        });
    }
}
