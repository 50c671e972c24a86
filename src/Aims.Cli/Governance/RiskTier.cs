using System.Collections.Generic;
using Aims.Manifest.Vocabulary;

namespace Aims.Cli.Governance;

/// <summary>The risk tiers of <c>AiRiskLevel</c> and their order of severity.</summary>
internal static class RiskTier
{
    public const string Unassessed = "Unassessed";
    public const string Minimal = "Minimal";
    public const string Limited = "Limited";
    public const string High = "High";
    public const string Prohibited = "Prohibited";

    /// <summary>The tiers in the order a manifest's <c>summary.byRisk</c> lists them: the members of AiRiskLevel.</summary>
    public static IReadOnlyList<string> All => GovernanceEnums.AiRiskLevel.Members;

    /// <summary>The severity of an assessed tier (Minimal 1 to Prohibited 4); null for Unassessed or an unknown value.</summary>
    public static int? SeverityOf(string risk) => risk switch
    {
        Minimal => 1,
        Limited => 2,
        High => 3,
        Prohibited => 4,
        _ => null,
    };
}
