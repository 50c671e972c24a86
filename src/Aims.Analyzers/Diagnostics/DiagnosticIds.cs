namespace Aims.Analyzers.Diagnostics;

/// <summary>Every diagnostic id the package reports. Ids are public contract: never reuse or renumber.</summary>
internal static class DiagnosticIds
{
    public const string UndeclaredModelCall = "AIMS001";
    public const string HighRiskWithoutOversight = "AIMS002";
    public const string SystemWithoutDataSource = "AIMS003";
    public const string SystemWithoutOwnerOrPurpose = "AIMS004";
    public const string HighRiskWithoutImpactAssessment = "AIMS005";
    public const string DuplicateSystemId = "AIMS006";
    public const string InvalidGovernanceValue = "AIMS007";
    public const string ProhibitedPractice = "AIMS008";
    public const string UnknownSystemId = "AIMS009";
    public const string UnpinnedModel = "AIMS010";
    public const string PersonalDataWithoutLawfulBasis = "AIMS011";
    public const string MissingDisclosure = "AIMS012";
    public const string HighRiskWithoutEventLogging = "AIMS013";
    public const string LiteralCredential = "AIMS014";
    public const string ExclusionWithoutJustification = "AIMS015";
    public const string StaleDeclaration = "AIMS016";
    public const string Placeholder = "AIMS017";
    public const string UnassessedRisk = "AIMS018";
    public const string InvalidModelCallSymbolsOption = "AIMS019";
}
