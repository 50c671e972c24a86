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

        EvaluationProperties(system.Evaluations).WriteTo(json);
        json.WriteEndObject();
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

        var concerns = system.Risks.Select(r => (
                Name: $"{r.Id}: {Placeholder.OrGap(r.Description, "description")}",
                Mitigation: RiskMitigation(r)))
            .Concat(system.HumanOversight.Select(o => (
                Name: $"Human oversight ({o.Mode})",
                Mitigation: "reviewer: " + Placeholder.OrGap(o.Reviewer, "reviewer"))))
            .ToList();
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

    private static PropertyList EvaluationProperties(IEnumerable<Aims.Manifest.Model.EvaluationEntry> evaluations)
    {
        var properties = new PropertyList();
        foreach (var evaluation in evaluations)
        {
            if (GovernanceValueRules.IsPlaceholder(evaluation.Metric))
            {
                properties.AddGap($"evaluation metric is still a placeholder ({evaluation.Metric.Trim()})");
                continue;
            }

            var prefix = $"evaluation.{evaluation.Metric}.";
            properties.Add(prefix + "threshold", evaluation.Threshold?.ToString(CultureInfo.InvariantCulture));
            properties.Add(prefix + "testReference", evaluation.TestReference);
            properties.Add(prefix + "date", evaluation.Date);
        }

        return properties;
    }
}
