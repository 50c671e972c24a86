using System.Collections.Generic;
using System.Linq;
using Aims.Cli.Governance;
using Aims.Manifest.Model;
using Aims.Manifest.Vocabulary;
using Aims.Cli.Inputs;

namespace Aims.Cli.Report;

/// <summary>
/// What a report shows, computed once for the HTML and the Markdown alike: the 38 controls in Annex A order (a control
/// the manifest does not list is a gap), the coverage matrix, the placeholders, the open findings and the waivers, and
/// the counts of the summary.
/// </summary>
internal sealed class ReportView
{
    public ReportView(ManifestDocument manifest)
    {
        Manifest = manifest;
        Controls = AnnexA.Complete(manifest.KnownControls());
        Gaps = Controls.Where(c => ControlStatus.IsGapOrUnknown(c.Status)).ToList();
        Matrix = new CoverageMatrix(manifest, Controls);
        Placeholders = PlaceholderScanner.Scan(manifest);
        CallsOfSystemsDeclaredNowhere = manifest.Systems.Where(s => s.DeclaredIn is null).Sum(s => s.KnownCallSites().Count);
        OpenFindings = (manifest.Findings ?? []).Where(f => !f.IsWaived).ToList();
        Waivers = (manifest.Findings ?? []).Where(f => f.IsWaived).ToList();
    }

    /// <summary>
    /// Why the findings are not known (an inventory read from built assemblies: only a build reports findings), or null
    /// when they are.
    /// </summary>
    public string? FindingsNotKnown => Manifest.Findings is null ? $"The findings are not known: {Manifest.Evidence.Missing}." : null;

    public ManifestDocument Manifest { get; }

    public IReadOnlyList<AiSystem> Systems => Manifest.Systems;

    public IReadOnlyList<ControlEntry> Controls { get; }

    /// <summary>The controls that are gaps, with those of a status the tool does not know.</summary>
    public IReadOnlyList<ControlEntry> Gaps { get; }

    public CoverageMatrix Matrix { get; }

    public IReadOnlyList<PlaceholderUse> Placeholders { get; }

    /// <summary>Calls covered by a system that no assembly declares: covered, but by nothing anyone answers for.</summary>
    public int CallsOfSystemsDeclaredNowhere { get; }

    public int CountControls(string status) => Controls.Count(c => c.Status == status);

    public int CountSystems(string risk) => Systems.Count(s => s.Risk == risk);

    /// <summary>The findings the build reported and nobody suppressed.</summary>
    public IReadOnlyList<Finding> OpenFindings { get; }

    /// <summary>The findings suppressed in source (pragma, [SuppressMessage], a DiagnosticSuppressor), with how and why.</summary>
    public IReadOnlyList<Finding> Waivers { get; }

    public int CountFindings(string severity) => OpenFindings.Count(f => f.Severity == severity);

    /// <summary>The report names every system declared by more than one assembly.</summary>
    public IReadOnlyList<DuplicateSystem> Duplicates => Manifest.DuplicateSystems ?? [];

    /// <summary>
    /// Whether anything needs a person's action: a gap, an undeclared call or tool, a system no assembly declares, a
    /// placeholder, a prohibited system, a duplicate id.
    /// </summary>
    public bool NeedsAction =>
        Gaps.Count > 0 || Manifest.KnownUndeclaredUsages().Count > 0 || Manifest.UndeclaredTools?.Count > 0 || Systems.Any(s => s.DeclaredIn is null) || Placeholders.Count > 0 ||
        CountSystems(RiskTier.Prohibited) > 0 || Duplicates.Count > 0;

    /// <summary>Whether every AI call is covered by a declared system, and if not, how many calls are not.</summary>
    public string CoverageSentence()
    {
        var undeclared = Manifest.KnownUndeclaredUsages().Count;
        var nowhere = CallsOfSystemsDeclaredNowhere;
        if (undeclared == 0 && nowhere == 0)
        {
            return "Every AI call is covered by a declared system.";
        }

        var parts = new List<string>();
        if (undeclared > 0)
        {
            parts.Add($"{Plural(undeclared, "AI call")} not covered by any declared system");
        }

        if (nowhere > 0)
        {
            parts.Add($"{Plural(nowhere, "AI call")} {(nowhere == 1 ? "belongs" : "belong")} to a system no assembly declares");
        }

        return string.Join("; ", parts) + ".";
    }

    /// <summary>The ten-second summary, sentence by sentence.</summary>
    public IReadOnlyList<string> Headline()
    {
        var lines = new List<string>();
        var high = CountSystems(RiskTier.High);
        var prohibited = CountSystems(RiskTier.Prohibited);
        var unassessed = CountSystems(RiskTier.Unassessed);
        var tiers = new List<string>();
        if (prohibited > 0)
        {
            tiers.Add($"{prohibited} prohibited");
        }

        if (high > 0)
        {
            tiers.Add($"{high} high-risk");
        }

        if (unassessed > 0)
        {
            tiers.Add($"{unassessed} not risk-assessed");
        }

        lines.Add(Plural(Systems.Count, "AI system") + (tiers.Count > 0 ? $" ({string.Join(", ", tiers)})." : "."));
        var others = new List<string> { Plural(Gaps.Count, "gap") };
        if (CountControls(ControlStatus.Excluded) > 0)
        {
            others.Add($"{CountControls(ControlStatus.Excluded)} excluded");
        }

        if (CountControls(ControlStatus.NotApplicable) > 0)
        {
            others.Add($"{CountControls(ControlStatus.NotApplicable)} not applicable");
        }

        lines.Add($"{CountControls(ControlStatus.Evidenced)} of {Controls.Count} Annex A controls evidenced; {string.Join(", ", others)}.");
        lines.Add(CoverageSentence());
        if (ToolRows.Of(Manifest) is { Count: > 0 } tools)
        {
            lines.Add(ToolRows.Sentence(tools));
        }

        if (Placeholders.Count > 0)
        {
            lines.Add($"{Plural(Placeholders.Count, "governance value")} {(Placeholders.Count == 1 ? "is" : "are")} still a placeholder, counted as a gap.");
        }

        if (Duplicates.Count > 0)
        {
            lines.Add($"{Plural(Duplicates.Count, "AI system id")} declared by more than one assembly.");
        }

        return lines;
    }

    public static string Plural(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";
}
