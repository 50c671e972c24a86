using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using Aims.Cli.Governance;
using Aims.Cli.Output;
using Aims.Cli.Report;
using Aims.Manifest.Model;
using Aims.Manifest.Vocabulary;
using Aims.Cli.Inputs;

namespace Aims.Cli.Bom;

/// <summary>
/// The components of a CycloneDX AI-BOM: each merged assembly, each AI system, a <c>machine-learning-model</c> with its
/// model card for each model a system uses, and a <c>data</c> component for each data source. A value nobody stated is
/// left out, and a placeholder becomes an <c>aims:gap</c> property.
/// </summary>
internal static class CycloneDxComponents
{
    public static string SourceRef(string assembly) => "assembly:" + Uri.EscapeDataString(assembly);

    public static void WriteSourceAssembly(Utf8JsonWriter json, SourceManifest source)
    {
        json.WriteStartObject();
        json.WriteText("type", "application");
        json.WriteText("bom-ref", SourceRef(source.Name));
        json.WriteText("name", source.Name);
        json.WriteText("version", source.Version);
        new PropertyList().Add("sourceRevision", source.SourceRevision).WriteTo(json);
        json.WriteEndObject();
    }

    public static void WriteSystem(Utf8JsonWriter json, BomSystem bomSystem)
    {
        var system = bomSystem.System;
        json.WriteStartObject();
        json.WriteText("type", "application");
        json.WriteText("bom-ref", bomSystem.Ref);
        json.WriteText("name", Placeholder.FilledOrNull(system.Name) ?? system.Id);
        if (Placeholder.FilledOrNull(system.Purpose) is { } purpose)
        {
            json.WriteText("description", purpose);
        }

        var properties = new PropertyList()
            .Add("systemId", system.Id)
            .Add("risk", system.Risk)
            .Add("owner", system.Owner)
            .Add("purpose", GovernanceValueRules.IsPlaceholder(system.Purpose) ? system.Purpose : null)
            .Add("name", GovernanceValueRules.IsPlaceholder(system.Name) ? system.Name : null)
            .Add("lifecycleStage", system.LifecycleStage)
            .Add("servesPeopleDirectly", system.ServesPeopleDirectly ? "true" : "false")
            .Add("impactAssessment", system.ImpactAssessment)
            .Add("declaredIn", system.DeclaredIn)
            .Add("declaredAt", LocationText.Of(system.DeclaredAt))
            .Add("callSites", system.KnownCallSites().Count.ToString(CultureInfo.InvariantCulture))
            .Add("tools", system.Tools?.Count.ToString(CultureInfo.InvariantCulture));
        foreach (var tool in system.Tools ?? [])
        {
            properties.Add("tool", ToolText.Of(tool));
        }

        foreach (var oversight in system.HumanOversight)
        {
            properties.Add("humanOversight", oversight.Mode + (Placeholder.FilledOrNull(oversight.Reviewer) is { } reviewer ? $" (reviewer: {reviewer})" : ""));
            properties.Add("humanOversight.reviewer", GovernanceValueRules.IsPlaceholder(oversight.Reviewer) ? oversight.Reviewer : null);
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
        CycloneDxOccurrences.Write(json, system.KnownCallSites());
        json.WriteEndObject();
    }

    /// <summary>A dependency that calls AI: a library with its package URL, and what it calls as properties.</summary>
    public static void WriteDependency(Utf8JsonWriter json, BomDependency bomDependency, ISet<string> declaredSystems)
    {
        var dependency = bomDependency.Dependency;
        json.WriteStartObject();
        json.WriteText("type", "library");
        json.WriteText("bom-ref", bomDependency.Ref);
        json.WriteText("name", dependency.Name);
        if (dependency.Version is { } version)
        {
            json.WriteText("version", version);
        }

        if (bomDependency.Purl is { } purl)
        {
            json.WriteText("purl", purl);
        }

        var properties = new PropertyList()
            .Add("dependency.origin", dependency.Origin)
            .Add("dependency.assemblyName", dependency.AssemblyName)
            .Add("dependency.isAiSdk", dependency.IsAiSdk ? "true" : "false")
            .Add("dependency.viaAiSdk", dependency.ViaAiSdk ? "true" : "false")
            .AddEach("dependency.supplierOf", dependency.SupplierOf)
            .AddEach("dependency.declaredSystem", dependency.DeclaredSystems)
            .AddEach("dependency.aiCall", dependency.Calls.Select(call => $"{call.CallingMember} calls {call.CalledMember} ({call.Sdk}, {call.Kind}) x{call.Count}"));
        if (dependency.SuppliesNoDeclaredSystem(declaredSystems))
        {
            properties.AddGap("calls AI and is the supplier of no declared system (AIMSB004)");
        }

        properties.WriteTo(json);
        json.WriteEndObject();
    }

    public static void WriteModel(Utf8JsonWriter json, BomSystem system, BomModel bomModel)
    {
        var model = bomModel.Model;
        var provider = Placeholder.FilledOrNull(model.Provider);
        json.WriteStartObject();
        json.WriteText("type", "machine-learning-model");
        json.WriteText("bom-ref", bomModel.Ref);
        if (provider is not null)
        {
            json.WriteStartObject("supplier");
            json.WriteText("name", provider);
            json.WriteEndObject();
        }

        json.WriteText("name", Placeholder.FilledOrNull(model.ModelId) ?? $"unnamed model ({provider ?? model.Sdk ?? "provider not declared"})");
        if (Placeholder.FilledOrNull(model.Version) is { } version)
        {
            json.WriteText("version", version);
        }

        json.WriteText("description", $"A model that AI system '{system.System.Id}' uses ({model.Source})");
        if (Placeholder.FilledOrNull(model.ModelCardUri) is { } card && Uri.IsWellFormedUriString(card, UriKind.Absolute))
        {
            json.WriteStartArray("externalReferences");
            json.WriteStartObject();
            json.WriteText("type", "model-card");
            json.WriteText("url", card);
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
            .Add("modelId", GovernanceValueRules.IsPlaceholder(model.ModelId) ? model.ModelId : null)
            .Add("provider", GovernanceValueRules.IsPlaceholder(model.Provider) ? model.Provider : null)
            .Add("declaredAt", LocationText.Of(model.DeclaredAt));
        foreach (var (name, value) in CycloneDxModelCard.Facts(system, bomModel))
        {
            properties.Add(name, value);
        }

        foreach (var gap in CycloneDxModelCard.PlaceholderMetrics(system.System.Evaluations))
        {
            properties.AddGap(gap);
        }

        if (model.ModelId is null)
        {
            properties.AddGap("no model identifier is named in the code");
        }

        if (model.Hosting is null)
        {
            properties.AddGap("hosting not declared");
        }

        properties.WriteTo(json);
        json.WriteEndObject();
    }

    public static void WriteData(Utf8JsonWriter json, BomSystem system, BomData bomData)
    {
        var source = bomData.Source;
        json.WriteStartObject();
        json.WriteText("type", "data");
        json.WriteText("bom-ref", bomData.Ref);
        json.WriteText("name", bomData.Name);
        json.WriteText("description", $"A data source of AI system '{system.System.Id}'" + (source.Usage is null ? "" : $", used for {source.Usage}"));
        json.WriteStartArray("data");
        json.WriteStartObject();
        json.WriteText("type", "dataset");
        json.WriteText("name", bomData.Name);
        if (source.ContainsPersonalData is { } personal)
        {
            json.WriteText("classification", personal ? "personal data" : "no personal data");
        }

        if (source.ContainsPersonalData == true)
        {
            json.WriteStartArray("sensitiveData");
            json.WriteTextValue("personal data");
            json.WriteEndArray();
        }

        json.WriteEndObject();
        json.WriteEndArray();
        var properties = new PropertyList()
            .Add("system", system.System.Id)
            .Add("name", GovernanceValueRules.IsPlaceholder(source.Name) ? source.Name : null)
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
}
