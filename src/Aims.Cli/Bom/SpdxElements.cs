using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using Aims.Cli.Governance;
using Aims.Cli.Output;
using Aims.Cli.Report;
using Aims.Manifest.Model;
using Aims.Manifest.Vocabulary;

namespace Aims.Cli.Bom;

/// <summary>
/// The elements of the SPDX document, each with only what the manifest declares: a system and a model as an
/// <c>ai_AIPackage</c>, a data source as a <c>dataset_DatasetPackage</c>, and the undeclared AI calls to one provider
/// through one SDK. What is missing or still a placeholder is said in the element's comment.
/// </summary>
internal static class SpdxElements
{
    public static void WriteSystem(Utf8JsonWriter json, AiSystem system)
    {
        json.WriteText("type", "ai_AIPackage");
        json.WriteText("name", Placeholder.FilledOrNull(system.Name) ?? system.Id);
        json.WriteText("software_primaryPurpose", "application");
        if (Placeholder.FilledOrNull(system.Purpose) is { } purpose)
        {
            json.WriteText("ai_informationAboutApplication", purpose);
        }

        json.WriteText("ai_autonomyType", system.HumanOversight.Any(o => o.Mode == "HumanInTheLoop") ? "no" : "noAssertion");
        if (SafetyRisk(system.Risk) is { } risk)
        {
            json.WriteText("ai_safetyRiskAssessment", risk);
        }

        json.WriteText("ai_useSensitivePersonalInformation", system.DataSources.Any(d => d.ContainsPersonalData == true)
            ? "yes"
            : system.DataSources.Count > 0 && system.DataSources.All(d => d.ContainsPersonalData == false) ? "no" : "noAssertion");
        // A metric still a placeholder is no metric: the comment names it as a gap.
        var evaluations = system.Evaluations.Where(e => !GovernanceValueRules.IsPlaceholder(e.Metric)).ToList();
        var thresholds = evaluations.Where(e => e.Threshold is not null).ToList();
        if (evaluations.Count > 0)
        {
            WriteDictionary(json, "ai_metric", evaluations.Select(e => (e.Metric, (string?)null)));
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

        comment.AddRange(system.Evaluations.Where(e => GovernanceValueRules.IsPlaceholder(e.Metric)).Select(e => $"evaluation metric is still a placeholder ({e.Metric.Trim()})"));
        comment.AddRange((system.Tools ?? []).Select(ToolText.Of));

        json.WriteText("comment", string.Join("; ", comment));
    }

    public static void WriteModel(Utf8JsonWriter json, BomModel bomModel, string? supplier)
    {
        var model = bomModel.Model;
        json.WriteText("type", "ai_AIPackage");
        json.WriteText("name", Placeholder.FilledOrNull(model.ModelId) ?? $"unnamed model ({Placeholder.FilledOrNull(model.Provider) ?? model.Sdk ?? "provider not declared"})");
        json.WriteText("software_primaryPurpose", "model");
        if (Placeholder.FilledOrNull(model.Version) is { } version)
        {
            json.WriteText("software_packageVersion", version);
        }

        if (supplier is not null)
        {
            json.WriteText("suppliedBy", supplier);
        }

        json.WriteText("comment", $"{model.Source} model, hosting {model.Hosting ?? "not declared"}" + (bomModel.Task is null ? "" : $", task {bomModel.Task}"));
    }

    /// <summary>The calls that no declared system covers, to one provider through one SDK: AI in use that nobody declared.</summary>
    public static void WriteUndeclaredUse(Utf8JsonWriter json, string? provider, string? sdk, IReadOnlyList<CallSite> calls, string? supplier)
    {
        json.WriteText("type", "ai_AIPackage");
        json.WriteText("name", $"undeclared AI use of {provider ?? "an unnamed provider"} ({sdk ?? "unknown"} SDK)");
        json.WriteText("software_primaryPurpose", "other");
        if (supplier is not null)
        {
            json.WriteText("suppliedBy", supplier);
        }

        json.WriteText("comment", "AI calls that no declared system covers (shadow AI): " +
            string.Join("; ", calls.Select(call => $"{LocationText.Of(call)} {call.CallingMember} calls {call.CalledMember}" + (call.Kind is null ? "" : $" ({call.Kind})"))));
    }

    /// <summary>A dependency that calls AI: a library package with its package URL and, in its comment, what it calls.</summary>
    public static void WriteDependency(Utf8JsonWriter json, BomDependency bomDependency)
    {
        var dependency = bomDependency.Dependency;
        json.WriteText("type", "software_Package");
        json.WriteText("name", dependency.Name);
        json.WriteText("software_primaryPurpose", "library");
        if (dependency.Version is { } version)
        {
            json.WriteText("software_packageVersion", version);
        }

        if (bomDependency.Purl is { } purl)
        {
            json.WriteText("software_packageUrl", purl);
        }

        var comment = new List<string> { dependency.IsAiSdk ? "AI SDK" : dependency.ViaAiSdk ? "calls AI, brought by an AI SDK" : "calls AI" };
        comment.AddRange(dependency.SupplierOf.Select(id => $"supplier of AI system '{id}'"));
        comment.AddRange(dependency.DeclaredSystems.Select(id => $"declares AI system '{id}'"));
        comment.AddRange(dependency.Calls.Select(call => $"{call.CallingMember} calls {call.CalledMember} ({call.Sdk}, {call.Kind}) x{call.Count}"));
        json.WriteText("comment", string.Join("; ", comment));
    }

    /// <summary>The tools handed to models by code that no declared system covers.</summary>
    public static void WriteUndeclaredTools(Utf8JsonWriter json, IReadOnlyList<ToolEntry> tools)
    {
        json.WriteText("type", "ai_AIPackage");
        json.WriteText("name", "undeclared tools handed to models");
        json.WriteText("software_primaryPurpose", "other");
        json.WriteText("comment", "Tools that no declared system covers: " + string.Join("; ", tools.Select(ToolText.Of)));
    }

    public static void WriteDataset(Utf8JsonWriter json, BomData data)
    {
        var source = data.Source;
        json.WriteText("type", "dataset_DatasetPackage");
        json.WriteText("name", data.Name);
        json.WriteText("software_primaryPurpose", "data");
        json.WriteStartArray("dataset_datasetType");
        json.WriteTextValue("noAssertion");
        json.WriteEndArray();
        json.WriteText("dataset_hasSensitivePersonalInformation", source.ContainsPersonalData switch { true => "yes", false => "no", null => "noAssertion" });
        if (source.Usage is { } usage)
        {
            json.WriteText("dataset_intendedUse", usage);
        }

        if (Placeholder.FilledOrNull(source.LawfulBasis) is { } basis)
        {
            json.WriteText("comment", "lawful basis: " + basis);
        }
    }

    private static void WriteDictionary(Utf8JsonWriter json, string name, IEnumerable<(string Key, string? Value)> entries)
    {
        json.WriteStartArray(name);
        foreach (var (key, value) in entries)
        {
            json.WriteStartObject();
            json.WriteText("type", "DictionaryEntry");
            json.WriteText("key", key);
            if (value is not null)
            {
                json.WriteText("value", value);
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
}
