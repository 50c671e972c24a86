using System;
using System.Collections.Generic;
using System.Linq;

namespace Aims.Cli.Diff;

/// <summary>
/// The kinds of change <c>aims diff</c> reports, by their command-line name. Regressions (governance got worse) fail the
/// diff unless <c>--fail-on</c> says otherwise; the others are listed for the reader.
/// </summary>
internal sealed record ChangeKind(string Name, bool IsRegression, string Meaning)
{
    public static readonly ChangeKind SystemAdded = new("system-added", false, "an AI system is new");
    public static readonly ChangeKind SystemRemoved = new("system-removed", true, "an AI system is no longer in the inventory");
    public static readonly ChangeKind RiskRaised = new("risk-raised", true, "a system's risk tier went up (Minimal < Limited < High < Prohibited)");
    public static readonly ChangeKind RiskLowered = new("risk-lowered", false, "a system's risk tier went down");
    public static readonly ChangeKind RiskUnassessed = new("risk-unassessed", true, "a system's risk went from an assessed tier back to Unassessed");
    public static readonly ChangeKind RiskAssessed = new("risk-assessed", false, "a system's risk went from Unassessed to an assessed tier");
    public static readonly ChangeKind OversightRemoved = new("oversight-removed", true, "a human oversight mode of a system is gone");
    public static readonly ChangeKind DataSourceRemoved = new("data-source-removed", true, "a data source of a system is gone");
    public static readonly ChangeKind DisclosureRemoved = new("disclosure-removed", true, "a disclosure kind of a system is gone");
    public static readonly ChangeKind LoggingRemoved = new("logging-removed", true, "a kind of logged events of a system is gone");
    public static readonly ChangeKind ControlRegressed = new("control-regressed", true, "an Annex A control went from evidenced to gap");
    public static readonly ChangeKind ControlImproved = new("control-improved", false, "an Annex A control went from gap to evidenced");
    public static readonly ChangeKind UndeclaredUsageAdded = new("undeclared-usage-added", true, "an AI call that no system covers is new");
    public static readonly ChangeKind UndeclaredUsageRemoved = new("undeclared-usage-removed", false, "an undeclared AI call is gone or now covered");
    public static readonly ChangeKind Waiver = new("waiver", false, "a finding suppressed in source is new: a new waiver (fail on it with --fail-on waiver)");
    public static readonly ChangeKind HiddenAiAdded = new("hidden-ai-added", true, "a dependency that calls AI and supplies no declared system is new (AIMSB004)");
    public static readonly ChangeKind HiddenAiRemoved = new("hidden-ai-removed", false, "a dependency that called AI and supplied no declared system is gone or now declared a supplier");
    public static readonly ChangeKind PolicyViolation = new("policy", true, "a finding of the AI policy's rules (AIMS027 to AIMS033) is new and not waived");
    public static readonly ChangeKind PolicyChanged = new("policy-changed", false, "the build applies another AI policy, or another version or text of it");
    public static readonly ChangeKind PolicyRemoved = new("policy-removed", true, "the build applied an AI policy and applies none now");

    public static IReadOnlyList<ChangeKind> All { get; } =
    [
        SystemAdded, SystemRemoved, RiskRaised, RiskLowered, RiskUnassessed, RiskAssessed, OversightRemoved,
        DataSourceRemoved, DisclosureRemoved, LoggingRemoved, ControlRegressed, ControlImproved, UndeclaredUsageAdded,
        UndeclaredUsageRemoved, Waiver, HiddenAiAdded, HiddenAiRemoved, PolicyViolation, PolicyChanged, PolicyRemoved,
    ];

    public static IReadOnlyList<ChangeKind> Regressions { get; } = All.Where(k => k.IsRegression).ToList();

    public static ChangeKind? Named(string name) => All.FirstOrDefault(k => string.Equals(k.Name, name, StringComparison.Ordinal));
}
