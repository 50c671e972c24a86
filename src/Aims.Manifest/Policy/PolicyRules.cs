namespace Aims.Manifest.Policy;

/// <summary>
/// The ids of the policy rules, written here once for the analyzers that report them and for the tool, which shows
/// their findings as the policy's verdicts.
/// </summary>
internal static class PolicyRules
{
    public const string InvalidPolicy = "AIMS027";
    public const string ProviderNotAllowed = "AIMS028";
    public const string ModelNotAllowed = "AIMS029";
    public const string HostingNotAllowed = "AIMS030";
    public const string RiskLevelFactMissing = "AIMS031";
    public const string PersonalDataWithoutSupplierAgreement = "AIMS032";
    public const string ToolNotAllowed = "AIMS033";

    public static bool IsPolicyRule(string id) => id is InvalidPolicy or ProviderNotAllowed or ModelNotAllowed or HostingNotAllowed
        or RiskLevelFactMissing or PersonalDataWithoutSupplierAgreement or ToolNotAllowed;
}
