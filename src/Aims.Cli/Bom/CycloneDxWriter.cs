using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using Aims.Cli.Governance;
using Aims.Cli.Manifest;
using Aims.Cli.Output;
using Aims.Cli.Report;

namespace Aims.Cli.Bom;

/// <summary>
/// Writes a CycloneDX 1.6 AI-BOM (JSON): the application, its AI systems, a <c>machine-learning-model</c> component with
/// a model card for each model a system uses, a <c>data</c> component for each data source, a service for each hosted
/// model API, the dependencies between them, and the Annex A control evidence as <c>definitions</c> and
/// <c>declarations</c> (<see cref="CycloneDxDeclarations"/>). Only what the manifest declares is written.
/// </summary>
internal static class CycloneDxWriter
{
    public const string SpecVersion = "1.6";

    public static void Write(BomInventory bom, ReportView view, string? timestamp, Stream destination) => JsonOutput.Write(destination, json =>
    {
        json.WriteStartObject();
        json.WriteString("$schema", "http://cyclonedx.org/schema/bom-1.6.schema.json");
        json.WriteString("bomFormat", "CycloneDX");
        json.WriteString("specVersion", SpecVersion);
        json.WriteString("serialNumber", "urn:uuid:" + bom.DocumentId);
        json.WriteNumber("version", 1);
        WriteMetadata(json, bom, timestamp);

        json.WriteStartArray("components");
        foreach (var source in SourceComponents(bom))
        {
            WriteSourceAssembly(json, source);
        }

        foreach (var system in bom.Systems)
        {
            WriteSystem(json, system);
            foreach (var model in system.Models)
            {
                WriteModel(json, system, model);
            }

            foreach (var data in system.Data)
            {
                WriteData(json, system, data);
            }
        }

        json.WriteEndArray();

        json.WriteStartArray("services");
        foreach (var service in bom.Services)
        {
            WriteService(json, service);
        }

        json.WriteEndArray();
        WriteDependencies(json, bom);
        CycloneDxDeclarations.Write(json, bom, view);
        json.WriteEndObject();
    });

    private static void WriteMetadata(Utf8JsonWriter json, BomInventory bom, string? timestamp)
    {
        var manifest = bom.Manifest;
        json.WriteStartObject("metadata");
        if (timestamp is not null)
        {
            json.WriteString("timestamp", timestamp);
        }

        json.WriteStartArray("lifecycles");
        json.WriteStartObject();
        json.WriteString("phase", "build");
        json.WriteEndObject();
        json.WriteEndArray();

        json.WriteStartObject("tools");
        json.WriteStartArray("components");
        json.WriteStartObject();
        json.WriteString("type", "application");
        json.WriteString("name", "aims");
        json.WriteString("version", ToolVersion.Version);
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();

        json.WriteStartObject("component");
        json.WriteString("type", "application");
        json.WriteString("bom-ref", bom.RootRef);
        json.WriteString("name", manifest.Assembly.Name);
        json.WriteString("version", manifest.Assembly.Version);
        new PropertyList()
            .Add("sourceRevision", manifest.SourceRevision)
            .Add("analysisMode", manifest.AnalysisMode)
            .Add("manifestSchemaVersion", manifest.SchemaVersion)
            .Add("managementSystem.organization", manifest.ManagementSystem?.Organization)
            .Add("managementSystem.scope", manifest.ManagementSystem?.Scope)
            .Add("managementSystem.policy", manifest.ManagementSystem?.PolicyReference ?? manifest.ManagementSystem?.PolicyUri)
            .Add("managementSystem.incidentContact", manifest.ManagementSystem?.IncidentContact)
            .Add("undeclaredAiCalls", manifest.UndeclaredUsages.Count.ToString(CultureInfo.InvariantCulture))
            .WriteTo(json);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    /// <summary>The assemblies of a merged inventory, each a component of its own.</summary>
    private static IEnumerable<SourceManifest> SourceComponents(BomInventory bom) => bom.Manifest.Sources ?? [];

    private static string SourceRef(string assembly) => "assembly:" + Uri.EscapeDataString(assembly);

    private static void WriteSourceAssembly(Utf8JsonWriter json, SourceManifest source)
    {
        json.WriteStartObject();
        json.WriteString("type", "application");
        json.WriteString("bom-ref", SourceRef(source.Name));
        json.WriteString("name", source.Name);
        json.WriteString("version", source.Version);
        new PropertyList().Add("sourceRevision", source.SourceRevision).WriteTo(json);
        json.WriteEndObject();
    }

    private static void WriteSystem(Utf8JsonWriter json, BomSystem bomSystem)
    {
        var system = bomSystem.System;
        json.WriteStartObject();
        json.WriteString("type", "application");
        json.WriteString("bom-ref", bomSystem.Ref);
        json.WriteString("name", Placeholder.FilledOrNull(system.Name) ?? system.Id);
        if (Placeholder.FilledOrNull(system.Purpose) is { } purpose)
        {
            json.WriteString("description", purpose);
        }

        var properties = new PropertyList()
            .Add("systemId", system.Id)
            .Add("risk", system.Risk)
            .Add("owner", system.Owner)
            .Add("purpose", Placeholder.Is(system.Purpose) ? system.Purpose : null)
            .Add("name", Placeholder.Is(system.Name) ? system.Name : null)
            .Add("lifecycleStage", system.LifecycleStage)
            .Add("servesPeopleDirectly", system.ServesPeopleDirectly ? "true" : "false")
            .Add("impactAssessment", system.ImpactAssessment)
            .Add("declaredIn", system.DeclaredIn)
            .Add("declaredAt", LocationText.Of(system.DeclaredAt))
            .Add("callSites", system.CallSites.Count.ToString(CultureInfo.InvariantCulture));
        foreach (var oversight in system.HumanOversight)
        {
            properties.Add("humanOversight", oversight.Mode + (Placeholder.FilledOrNull(oversight.Reviewer) is { } reviewer ? $" (reviewer: {reviewer})" : ""));
            properties.Add("humanOversight.reviewer", Placeholder.Is(oversight.Reviewer) ? oversight.Reviewer : null);
        }

        foreach (var disclosure in system.Disclosures)
        {
            properties.Add("disclosure", string.Join(": ", new[] { disclosure.Kind, Placeholder.FilledOrNull(disclosure.Text) ?? Placeholder.FilledOrNull(disclosure.Mechanism) }.OfType<string>()));
        }

        foreach (var logging in system.EventLogging)
        {
            properties.Add("eventLogging", (Placeholder.FilledOrNull(logging.Events) ?? "events not named") + (logging.RetentionDays is { } days ? $", kept {days} days" : ""));
        }

        if (system.DeclaredIn is null)
        {
            properties.AddGap("no assembly declares this system; it is only joined with [PartOfAiSystem]");
        }

        properties.WriteTo(json);
        json.WriteEndObject();
    }

    private static void WriteModel(Utf8JsonWriter json, BomSystem system, BomModel bomModel)
    {
        var model = bomModel.Model;
        var provider = Placeholder.FilledOrNull(model.Provider);
        json.WriteStartObject();
        json.WriteString("type", "machine-learning-model");
        json.WriteString("bom-ref", bomModel.Ref);
        if (provider is not null)
        {
            json.WriteStartObject("supplier");
            json.WriteString("name", provider);
            json.WriteEndObject();
        }

        json.WriteString("name", Placeholder.FilledOrNull(model.ModelId) ?? $"unnamed model ({provider ?? model.Sdk ?? "provider not declared"})");
        if (Placeholder.FilledOrNull(model.Version) is { } version)
        {
            json.WriteString("version", version);
        }

        json.WriteString("description", $"A model that AI system '{system.System.Id}' uses ({model.Source})");
        if (Placeholder.FilledOrNull(model.ModelCardUri) is { } card && Uri.IsWellFormedUriString(card, UriKind.Absolute))
        {
            json.WriteStartArray("externalReferences");
            json.WriteStartObject();
            json.WriteString("type", "model-card");
            json.WriteString("url", card);
            json.WriteEndObject();
            json.WriteEndArray();
        }

        CycloneDxModelCard.Write(json, system, bomModel);
        var properties = new PropertyList()
            .Add("system", system.System.Id)
            .Add("source", model.Source)
            .Add("hosting", model.Hosting)
            .Add("sdk", model.Sdk)
            .Add("supplierAgreement", model.SupplierAgreement)
            .Add("modelId", Placeholder.Is(model.ModelId) ? model.ModelId : null)
            .Add("provider", Placeholder.Is(model.Provider) ? model.Provider : null)
            .Add("declaredAt", LocationText.Of(model.DeclaredAt));
        if (model.ModelId is null)
        {
            properties.AddGap("no model identifier is named in the code");
        }

        properties.WriteTo(json);
        json.WriteEndObject();
    }

    private static void WriteData(Utf8JsonWriter json, BomSystem system, BomData bomData)
    {
        var source = bomData.Source;
        json.WriteStartObject();
        json.WriteString("type", "data");
        json.WriteString("bom-ref", bomData.Ref);
        json.WriteString("name", DataName(source));
        json.WriteString("description", $"A data source of AI system '{system.System.Id}'" + (source.Usage is null ? "" : $", used for {source.Usage}"));
        json.WriteStartArray("data");
        json.WriteStartObject();
        json.WriteString("type", "dataset");
        json.WriteString("name", DataName(source));
        if (source.ContainsPersonalData is { } personal)
        {
            json.WriteString("classification", personal ? "personal data" : "no personal data");
        }

        if (source.ContainsPersonalData == true)
        {
            json.WriteStartArray("sensitiveData");
            json.WriteStringValue("personal data");
            json.WriteEndArray();
        }

        json.WriteEndObject();
        json.WriteEndArray();
        var properties = new PropertyList()
            .Add("system", system.System.Id)
            .Add("name", Placeholder.Is(source.Name) ? source.Name : null)
            .Add("usage", source.Usage)
            .Add("containsPersonalData", source.ContainsPersonalData switch { true => "true", false => "false", null => null })
            .Add("lawfulBasis", source.LawfulBasis)
            .Add("declaredAt", LocationText.Of(source.DeclaredAt));
        if (source.ContainsPersonalData == true && source.LawfulBasis is null)
        {
            properties.AddGap("personal data without a declared lawful basis");
        }

        properties.WriteTo(json);
        json.WriteEndObject();
    }

    /// <summary>A data source's name, or "unnamed data source" while the name is a placeholder (a gap property says so).</summary>
    public static string DataName(DataSourceEntry source) => Placeholder.FilledOrNull(source.Name) ?? "unnamed data source";

    private static void WriteService(Utf8JsonWriter json, BomService service)
    {
        json.WriteStartObject();
        json.WriteString("bom-ref", service.Ref);
        json.WriteStartObject("provider");
        json.WriteString("name", service.Provider);
        json.WriteEndObject();
        json.WriteString("name", $"{service.Provider} model API");
        if (service.Endpoint is { } endpoint)
        {
            json.WriteStartArray("endpoints");
            json.WriteStringValue(endpoint);
            json.WriteEndArray();
        }

        if (ProviderEndpoints.CrossesTrustBoundary(service.Provider) is { } crosses)
        {
            json.WriteBoolean("x-trust-boundary", crosses);
        }

        new PropertyList()
            .Add("endpointSource", service.Endpoint is null ? null : "the provider's default endpoint; the code may configure another")
            .Add("callKinds", service.CallKinds.Count == 0 ? null : string.Join(", ", service.CallKinds))
            .Add("sdks", service.Sdks.Count == 0 ? null : string.Join(", ", service.Sdks))
            .WriteTo(json);
        json.WriteEndObject();
    }

    private static void WriteDependencies(Utf8JsonWriter json, BomInventory bom)
    {
        var sources = (bom.Manifest.Sources ?? []).Select(s => s.Name).ToHashSet(StringComparer.Ordinal);
        var bySource = bom.Systems
            .Where(s => s.System.DeclaredIn is { } declaredIn && sources.Contains(declaredIn))
            .ToLookup(s => s.System.DeclaredIn!, s => s.Ref);
        var rootDependsOn = sources.Order(StringComparer.Ordinal).Select(SourceRef)
            .Concat(bom.Systems.Where(s => !bySource.Contains(s.System.DeclaredIn ?? "")).Select(s => s.Ref))
            .Concat(bom.UndeclaredServiceRefs)
            .Distinct()
            .ToList();

        json.WriteStartArray("dependencies");
        WriteDependency(json, bom.RootRef, rootDependsOn);
        foreach (var source in sources.Order(StringComparer.Ordinal))
        {
            WriteDependency(json, SourceRef(source), [.. bySource[source]]);
        }

        foreach (var system in bom.Systems)
        {
            WriteDependency(json, system.Ref, [.. system.Models.Select(m => m.Ref), .. system.Data.Select(d => d.Ref), .. system.ServiceRefs]);
            foreach (var model in system.Models.Where(m => m.ServiceRef is not null))
            {
                WriteDependency(json, model.Ref, [model.ServiceRef!]);
            }
        }

        json.WriteEndArray();
    }

    private static void WriteDependency(Utf8JsonWriter json, string reference, IReadOnlyList<string> dependsOn)
    {
        json.WriteStartObject();
        json.WriteString("ref", reference);
        json.WriteStartArray("dependsOn");
        foreach (var target in dependsOn)
        {
            json.WriteStringValue(target);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }
}
