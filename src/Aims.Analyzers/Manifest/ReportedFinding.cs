using Aims.Analyzers.Diagnostics;
using Aims.Analyzers.Model;
using Microsoft.CodeAnalysis;

namespace Aims.Analyzers.Manifest;

/// <summary>A finding the build reports, with the severity it is reported with and its message.</summary>
internal sealed record ReportedFinding(RuleDefinition Rule, SourceLocation? Location, ReportDiagnostic Severity, string Message)
{
    public string SeverityName => Severity switch
    {
        ReportDiagnostic.Error => "error",
        ReportDiagnostic.Warn => "warning",
        _ => "info",
    };
}
