using System;

namespace Aims;

/// <summary>
/// Declares evaluation or validation evidence of an AI system: ISO/IEC 42001 A.6.2.4 (verification and validation)
/// and EU AI Act Art. 15 (accuracy, robustness) and Art. 9(6) to (8) (testing). Repeat it for every metric.
/// </summary>
[AttributeUsage(AimsAttributeTargets.SystemCode, AllowMultiple = true, Inherited = false)]
public sealed class AiEvaluationAttribute : Attribute
{
    /// <summary>Declares an evaluation.</summary>
    /// <param name="metric">What is measured, for example "answer-accuracy" (Art. 15(2)).</param>
    public AiEvaluationAttribute(string metric) => Metric = metric;

    /// <summary>What is measured.</summary>
    public string Metric { get; }

    /// <summary>The acceptance threshold of the metric (Art. 15(3)); NaN when not stated.</summary>
    public double Threshold { get; set; } = double.NaN;

    /// <summary>The evaluation dataset (ISO/IEC 42001 A.7.3; Art. 10(1)).</summary>
    public string? Dataset { get; set; }

    /// <summary>The test or report that holds the results, such as a test class or a document id (ISO/IEC 42001 A.6.2.4).</summary>
    public string? TestReference { get; set; }

    /// <summary>When the evaluation last ran, as an ISO 8601 date (yyyy-MM-dd).</summary>
    public string? Date { get; set; }
}
