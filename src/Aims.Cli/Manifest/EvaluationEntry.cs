namespace Aims.Cli.Manifest;

/// <summary>An <c>[AiEvaluation]</c> declaration: the metric and the threshold it must meet.</summary>
internal sealed record EvaluationEntry(
    string Metric,
    double? Threshold,
    string? Dataset,
    string? TestReference,
    string? Date,
    SourceLocation? DeclaredAt);
