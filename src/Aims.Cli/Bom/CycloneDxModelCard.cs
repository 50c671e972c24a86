using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using Aims.Cli.Governance;
using Aims.Cli.Output;
using Aims.Manifest.Vocabulary;

namespace Aims.Cli.Bom;

/// <summary>
/// A model card from what the manifest declares and nothing else: the task where the calls tell it, the training and
/// evaluation data sources, the evaluation metrics (their thresholds as properties: a threshold is not a measured
/// value; a metric still a placeholder is a gap, never a metric), the system's purpose as the use case, and its risks
/// and human oversight as considerations.
/// </summary>
internal static class CycloneDxModelCard
{
    public static void Write(Utf8JsonWriter json, BomSystem bomSystem, BomModel model)
    {
        var system = bomSystem.System;
        var datasets = bomSystem.Data.Where(d => d.Source.Usage is "Training" or "Evaluation").ToList();
        var purpose = Placeholder.FilledOrNull(system.Purpose);
        var evaluations = system.Evaluations.Where(e => !GovernanceValueRules.IsPlaceholder(e.Metric)).ToList();
        var considerations = system.Risks.Count > 0 || system.HumanOversight.Count > 0 || purpose is not null;

        json.WriteStartObject("modelCard");
        if (model.Task is not null || datasets.Count > 0)
        {
            json.WriteStartObject("modelParameters");
            if (model.Task is { } task)
            {
                json.WriteText("task", task);
            }

            if (datasets.Count > 0)
            {
                json.WriteStartArray("datasets");
                foreach (var dataset in datasets)
                {
                    json.WriteStartObject();
                    json.WriteText("ref", dataset.Ref);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
            }

            json.WriteEndObject();
        }

        if (evaluations.Count > 0)
        {
            json.WriteStartObject("quantitativeAnalysis");
            json.WriteStartArray("performanceMetrics");
            foreach (var evaluation in evaluations)
            {
                json.WriteStartObject();
                json.WriteText("type", evaluation.Metric);
                if (Placeholder.FilledOrNull(evaluation.Dataset) is { } dataset)
                {
                    json.WriteText("slice", dataset);
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        if (considerations)
        {
            WriteConsiderations(json, system, purpose);
        }

        var properties = new PropertyList();
        foreach (var (name, value) in EvaluationProperties(system.Evaluations))
        {
            properties.Add(name, value);
        }

        foreach (var gap in PlaceholderMetrics(system.Evaluations))
        {
            properties.AddGap(gap);
        }

        properties.WriteTo(json);
        json.WriteEndObject();
    }

    /// <summary>
    /// Every fact of the model card again, as the component properties that Dependency-Track reads (it reads no model
    /// card): made from the same values, so that none is dropped on upload.
    /// </summary>
    public static IEnumerable<(string Name, string Value)> Facts(BomSystem bomSystem, BomModel model)
    {
        var system = bomSystem.System;
        if (model.Task is { } task)
        {
            yield return ("modelCard.task", task);
        }

        foreach (var dataset in bomSystem.Data.Where(d => d.Source.Usage is "Training" or "Evaluation"))
        {
            yield return ("modelCard.dataset", $"{dataset.Ref} ({dataset.Source.Usage})");
        }

        foreach (var evaluation in system.Evaluations.Where(e => !GovernanceValueRules.IsPlaceholder(e.Metric)))
        {
            yield return ("modelCard.performanceMetric", evaluation.Metric + (Placeholder.FilledOrNull(evaluation.Dataset) is { } slice ? $" (slice {slice})" : string.Empty));
        }

        if (Placeholder.FilledOrNull(system.Purpose) is { } purpose)
        {
            yield return ("modelCard.useCase", purpose);
        }

        foreach (var (name, mitigation) in Concerns(system))
        {
            yield return ("modelCard.ethicalConsideration", $"{name}: {mitigation}");
        }

        foreach (var property in EvaluationProperties(system.Evaluations))
        {
            yield return property;
        }
    }

    private static void WriteConsiderations(Utf8JsonWriter json, Aims.Manifest.Model.AiSystem system, string? purpose)
    {
        json.WriteStartObject("considerations");
        if (purpose is not null)
        {
            json.WriteStartArray("useCases");
            json.WriteTextValue(purpose);
            json.WriteEndArray();
        }

        var concerns = Concerns(system);
        if (concerns.Count > 0)
        {
            json.WriteStartArray("ethicalConsiderations");
            foreach (var (name, mitigation) in concerns)
            {
                json.WriteStartObject();
                json.WriteText("name", name);
                json.WriteText("mitigationStrategy", mitigation);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
    }

    private static List<(string Name, string Mitigation)> Concerns(Aims.Manifest.Model.AiSystem system) =>
        system.Risks.Select(r => (
                Name: $"{r.Id}: {Placeholder.OrGap(r.Description, "description")}",
                Mitigation: RiskMitigation(r)))
            .Concat(system.HumanOversight.Select(o => (
                Name: $"Human oversight ({o.Mode})",
                Mitigation: "reviewer: " + Placeholder.OrGap(o.Reviewer, "reviewer"))))
            .ToList();

    private static string RiskMitigation(Aims.Manifest.Model.RiskEntry risk)
    {
        var parts = new List<string> { "treatment: " + (risk.Treatment ?? "not declared") };
        if (risk.Controls.Count > 0)
        {
            parts.Add("controls: " + string.Join(", ", risk.Controls));
        }

        if (risk.ResidualRiskAcceptedBy is not null)
        {
            parts.Add("residual risk accepted by: " + Placeholder.OrGap(risk.ResidualRiskAcceptedBy, "accepting person"));
        }

        return string.Join("; ", parts);
    }

    private static IEnumerable<(string Name, string Value)> EvaluationProperties(IEnumerable<Aims.Manifest.Model.EvaluationEntry> evaluations)
    {
        foreach (var evaluation in evaluations.Where(e => !GovernanceValueRules.IsPlaceholder(e.Metric)))
        {
            var prefix = $"evaluation.{evaluation.Metric}.";
            foreach (var (name, value) in new[] { ("threshold", evaluation.Threshold?.ToString(CultureInfo.InvariantCulture)), ("testReference", evaluation.TestReference), ("date", evaluation.Date) })
            {
                if (value is not null)
                {
                    yield return (prefix + name, value);
                }
            }
        }
    }

    /// <summary>The gaps of evaluation metrics still placeholders, which are no metric of the card.</summary>
    public static IEnumerable<string> PlaceholderMetrics(IEnumerable<Aims.Manifest.Model.EvaluationEntry> evaluations) =>
        evaluations.Where(e => GovernanceValueRules.IsPlaceholder(e.Metric)).Select(e => $"evaluation metric is still a placeholder ({e.Metric.Trim()})");
}
