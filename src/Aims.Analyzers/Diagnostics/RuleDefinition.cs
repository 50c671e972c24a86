using System.Linq;
using Aims.Manifest.Vocabulary;
using Microsoft.CodeAnalysis;

namespace Aims.Analyzers.Diagnostics;

/// <summary>
/// One rule of <see cref="RuleTable"/>: its descriptor and everything the analysis-mode globalconfigs, the release-tracking
/// file, the rule docs and the README say about it.
/// </summary>
internal sealed class RuleDefinition
{
    public const string Category = "AIGovernance";

    /// <summary>The category of the inventory records, which no bulk severity setting reaches (they are not configurable).</summary>
    public const string InventoryCategory = "AIInventory";
    public const string HelpLinkBase = "https://github.com/aims-analyzers/Aims.Analyzers/blob/main/docs/rules/";

    public RuleDefinition(
        DiagnosticDescriptor descriptor,
        RuleSeverity minimal,
        RuleSeverity strict,
        string iso42001,
        string aiAct,
        string analyzer,
        bool hasCodeFix = false)
    {
        Descriptor = descriptor;
        Minimal = minimal;
        Strict = strict;
        Iso42001 = iso42001;
        AiAct = aiAct;
        Analyzer = analyzer;
        HasCodeFix = hasCodeFix;
    }

    public DiagnosticDescriptor Descriptor { get; }

    public string Id => Descriptor.Id;

    public string Title => Descriptor.Title.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public DiagnosticSeverity DefaultSeverity => Descriptor.DefaultSeverity;

    public RuleSeverity Minimal { get; }

    /// <summary>The Recommended mode is the severity each rule ships with.</summary>
    public RuleSeverity Recommended => DefaultSeverity switch
    {
        DiagnosticSeverity.Error => RuleSeverity.Error,
        DiagnosticSeverity.Warning => RuleSeverity.Warning,
        DiagnosticSeverity.Info => RuleSeverity.Suggestion,
        _ => RuleSeverity.Silent,
    };

    public RuleSeverity Strict { get; }

    /// <summary>The ISO/IEC 42001 controls or clauses the rule evidences, as the docs name them.</summary>
    public string Iso42001 { get; }

    /// <summary>The EU AI Act articles the rule is about.</summary>
    public string AiAct { get; }

    /// <summary>The analyzer class that reports the rule.</summary>
    public string Analyzer { get; }

    public bool HasCodeFix { get; }

    /// <summary>A record of the inventory (AIMS021 to AIMS023, AIMS026), reported in command-line builds only and not configurable: no finding.</summary>
    public bool IsInventoryRecord => Descriptor.CustomTags.Contains(WellKnownDiagnosticTags.NotConfigurable);

    /// <summary>Reported when the whole compilation is known: in the IDE only with full-solution analysis.</summary>
    public bool IsCompilationEnd => Descriptor.CustomTags.Contains(WellKnownDiagnosticTags.CompilationEnd);

    public RuleSeverity SeverityIn(string analysisMode) => analysisMode switch
    {
        AnalysisModes.Minimal => Minimal,
        AnalysisModes.Strict => Strict,
        _ => Recommended,
    };

    public string FormatMessage(params object[] arguments) =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture, Descriptor.MessageFormat.ToString(System.Globalization.CultureInfo.InvariantCulture), arguments);
}
