namespace Aims.Analyzers.Diagnostics;

internal static class DiagnosticCategories
{
    public const string Governance = "AIGovernance";
}
