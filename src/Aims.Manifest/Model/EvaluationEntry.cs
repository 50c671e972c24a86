namespace Aims.Manifest.Model;

internal sealed record EvaluationEntry(string Metric, double? Threshold, string? Dataset, string? TestReference, string? Date, SourceLocation? DeclaredAt);
