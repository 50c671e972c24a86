using Aims.Manifest.Vocabulary;

namespace Aims.Cli.Governance;

/// <summary>
/// How reports and bills of materials say that a governance value is missing or still a placeholder. Whether a value
/// is filled in is decided by the analyzers' own rule (<see cref="GovernanceValueRules"/>), the one AIMS017 reports.
/// </summary>
internal static class Placeholder
{
    /// <summary>The value, or a phrase that says it is missing ("reviewer not declared") or still a placeholder.</summary>
    public static string OrGap(string? value, string field) =>
        GovernanceValueRules.IsPlaceholder(value) ? $"{field} is still a placeholder ({value!.Trim()})" : GovernanceValueRules.IsBlank(value) ? $"{field} not declared" : value!;

    /// <summary>The value when it is really filled in; null when it is missing or still a placeholder.</summary>
    public static string? FilledOrNull(string? value) => GovernanceValueRules.IsFilledIn(value) ? value : null;
}
