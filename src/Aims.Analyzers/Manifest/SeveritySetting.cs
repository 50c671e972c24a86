using Microsoft.CodeAnalysis;

namespace Aims.Analyzers.Manifest;

/// <summary>A rule's severity as one level of configuration sets it: the command line, a global config, or one file's .editorconfig (with its path).</summary>
internal sealed record SeveritySetting(string? Path, string RuleId, ReportDiagnostic Severity);
