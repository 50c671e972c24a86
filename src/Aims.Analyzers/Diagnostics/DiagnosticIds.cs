namespace Aims.Analyzers.Diagnostics;

/// <summary>Every diagnostic id the package reports. Ids are public contract: never reuse or renumber.</summary>
internal static class DiagnosticIds
{
    public const string UndeclaredModelCall = "AIMS001";
    public const string InvalidModelCallSymbolsOption = "AIMS019";
}
