using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Aims.Manifest.Controls;
using Aims.Manifest.Model;
using Aims.Manifest.Vocabulary;

namespace Aims.Manifest.Build;

/// <summary>
/// The build's manifest: the declarations the generator embedded, with the AI calls, named models, tools and findings the
/// compiler's own analyzer run reported in the same build. Every AI call is placed exactly once, under the system that
/// covers it or among the undeclared usages; the findings are the build's, suppressed ones kept as waivers; the controls
/// are decided from all of it. Where the report cannot tell (the analyzers did not run, or the log is another
/// compilation's), the manifest stays one of declarations and says why.
/// </summary>
internal static class BuildManifest
{
    public static ManifestDocument Assemble(ManifestDocument declarations, CompilerReport report, string? projectDirectory)
    {
        var completions = report.Diagnostics.Where(d => d.Id == InventoryRecords.CompletionId).ToList();
        if (completions.Count == 0)
        {
            return DeclarationsOnly(declarations, $"the compiler's error log ({report.Format}) has no {InventoryRecords.CompletionId} record: the analyzers did not run in this build (RunAnalyzers or RunAnalyzersDuringBuild is false), so its AI calls and findings are not known");
        }

        var assemblies = completions.Select(c => c.Properties.TryGetValue(InventoryRecords.Assembly, out var name) ? name : string.Empty).Distinct(StringComparer.Ordinal).ToList();
        if (completions.Count > 1 || assemblies[0] != declarations.Assembly.Name)
        {
            return DeclarationsOnly(declarations, $"the compiler's error log holds the records of {string.Join(", ", assemblies.Select(a => $"'{a}'"))}, not of this compilation of '{declarations.Assembly.Name}' alone; give each project and target framework its own ErrorLog");
        }

        var calls = report.Diagnostics
            .Where(d => d.Id == InventoryRecords.CallSiteId && d.FilePath is not null)
            .Select(d => (Record: d, Site: CallSiteOf(d, projectDirectory), System: SystemOf(d)))
            .GroupBy(call => (call.Site.Path, call.Site.Line, call.Record.Column, call.Site.CalledMember))
            .Select(group => group.First())
            .OrderBy(call => call.Site.Path, StringComparer.Ordinal)
            .ThenBy(call => call.Site.Line)
            .ThenBy(call => call.Record.Column)
            .ThenBy(call => call.Site.CalledMember, StringComparer.Ordinal)
            .ToList();
        if (int.TryParse(completions[0].Properties.TryGetValue(InventoryRecords.CallSites, out var counted) ? counted : null, NumberStyles.None, CultureInfo.InvariantCulture, out var count) &&
            calls.Count > count)
        {
            return DeclarationsOnly(declarations, $"the compiler's error log holds {calls.Count} AI call records where the analyzers counted {count}: it mixes the records of more than one compilation");
        }

        var covered = calls.Where(call => call.System is not null).ToLookup(call => call.System!, call => call.Site, StringComparer.Ordinal);
        var named = report.Diagnostics
            .Where(d => d.Id == InventoryRecords.ModelId && SystemOf(d) is not null && d.Properties.ContainsKey(InventoryRecords.Model))
            .ToLookup(d => SystemOf(d)!, StringComparer.Ordinal);
        var tools = ToolsOf(report, projectDirectory);
        var toolsBySystem = tools.Where(tool => tool.System is not null).ToLookup(tool => tool.System!, tool => tool.Entry, StringComparer.Ordinal);
        var declaredIds = new HashSet<string>(declarations.Systems.Select(s => s.Id), StringComparer.Ordinal);

        // A call or tool covered by an id that no declaration here holds still has its system: none is ever dropped.
        var systems = declarations.Systems
            .Concat(covered.Select(group => group.Key).Concat(toolsBySystem.Select(group => group.Key)).Distinct(StringComparer.Ordinal).Where(id => !declaredIds.Contains(id)).Select(DeclaredNowhere))
            .Select(system => system with
            {
                Models = ModelInference.Complete(system.Models, named[system.Id], covered[system.Id]),
                CallSites = covered[system.Id].ToList(),
                Tools = toolsBySystem[system.Id].ToList(),
            })
            .OrderBy(system => system.Id, StringComparer.Ordinal)
            .ToList();
        var undeclared = calls.Where(call => call.System is null).Select(call => call.Site).ToList();
        var findings = report.Diagnostics
            .Where(d => IsFinding(d.Id))
            .OrderBy(d => d.FilePath is null ? string.Empty : ManifestPaths.Relative(d.FilePath, projectDirectory), StringComparer.Ordinal)
            .ThenBy(d => d.Line ?? -1)
            .ThenBy(d => d.Column ?? -1)
            .ThenBy(d => d.Id, StringComparer.Ordinal)
            .ThenBy(d => d.Message, StringComparer.Ordinal)
            .Select(d => new Finding(null, d.Id, d.Severity, d.FilePath is null ? null : ManifestPaths.Relative(d.FilePath, projectDirectory), d.Line, d.Message, d.Suppression))
            .ToList();
        var disabled = report.DisabledRules?.Where(IsFinding).OrderBy(id => id, StringComparer.Ordinal).ToList();
        var undeclaredTools = tools.Where(tool => tool.System is null).Select(tool => tool.Entry).ToList();
        return Complete(declarations, new ManifestEvidence(EvidenceSource.Build, report.Format, null, disabled), systems, undeclared, undeclaredTools, findings);
    }

    /// <summary>
    /// The manifest of a compilation whose inputs hold nothing the analyzers look for (<see cref="Screening.CompilationInputs"/>),
    /// which the build compiled without them: no AI call and no finding.
    /// </summary>
    public static ManifestDocument WithoutAi(ManifestDocument declarations) =>
        Complete(
            declarations,
            new ManifestEvidence(EvidenceSource.Inputs, null, null, null),
            declarations.Systems.Select(system => system with { CallSites = Array.Empty<CallSite>(), Tools = Array.Empty<ToolEntry>() }).ToList(),
            Array.Empty<CallSite>(),
            Array.Empty<ToolEntry>(),
            Array.Empty<Finding>());

    /// <summary>The declarations alone, saying why the AI calls, findings and controls are not known.</summary>
    public static ManifestDocument DeclarationsOnly(ManifestDocument declarations, string missing) =>
        declarations with { Evidence = new ManifestEvidence(EvidenceSource.Declarations, null, missing, null) };

    /// <summary>
    /// The declarations with what the evidence shows: the systems with their calls (and tools), the undeclared ones, the
    /// findings, and the controls decided from them. Tools and findings are null where the evidence does not show them.
    /// </summary>
    internal static ManifestDocument Complete(
        ManifestDocument declarations,
        ManifestEvidence evidence,
        IReadOnlyList<AiSystem> systems,
        IReadOnlyList<CallSite> undeclared,
        IReadOnlyList<ToolEntry>? undeclaredTools,
        IReadOnlyList<Finding>? findings)
    {
        var controls = ControlEvaluator.Evaluate(new ControlFacts(declarations.ManagementSystem, systems, undeclared, undeclaredTools ?? Array.Empty<ToolEntry>(), declarations.StatementOfApplicability));
        return declarations with
        {
            Evidence = evidence,
            Systems = systems,
            UndeclaredUsages = undeclared,
            UndeclaredTools = undeclaredTools,
            Controls = controls,
            Findings = findings,
            Summary = ManifestSummaries.Of(systems, undeclared, undeclaredTools, controls, findings),
        };
    }

    /// <summary>A diagnostic of one of the package's rules (AIMS and three digits), which is not an inventory record.</summary>
    public static bool IsFinding(string id) =>
        id.Length == 7 && id.StartsWith("AIMS", StringComparison.Ordinal) && id.Skip(4).All(char.IsDigit) && !InventoryRecords.IsRecord(id);

    private static CallSite CallSiteOf(ReportedDiagnostic record, string? projectDirectory)
    {
        var kind = Property(record, InventoryRecords.Kind);
        return new CallSite(
            null,
            ManifestPaths.Relative(record.FilePath!, projectDirectory),
            record.Line ?? 0,
            Property(record, InventoryRecords.CallingMember) ?? string.Empty,
            Property(record, InventoryRecords.CalledMember) ?? string.Empty,
            Property(record, InventoryRecords.Sdk),
            Property(record, InventoryRecords.Provider),
            kind,
            kind is not null && Enum.TryParse<AiCallKind>(kind, out var parsed) ? AiCallKinds.CategoryName(parsed) : AiCallKinds.ModelCategory,
            Property(record, InventoryRecords.Bound) != "false");
    }

    /// <summary>The tool records, each once (one per tool and place), in source order.</summary>
    private static List<(ToolEntry Entry, string? System)> ToolsOf(CompilerReport report, string? projectDirectory) =>
        report.Diagnostics
            .Where(d => d.Id == InventoryRecords.ToolId && d.FilePath is not null)
            .Select(d => (Record: d, Entry: ToolOf(d, projectDirectory)))
            .GroupBy(tool => (tool.Entry.Path, tool.Entry.Line, tool.Record.Column, tool.Entry.Name, tool.Entry.Implementation, tool.Entry.HandedBy))
            .Select(group => group.First())
            .OrderBy(tool => tool.Entry.Path, StringComparer.Ordinal)
            .ThenBy(tool => tool.Entry.Line)
            .ThenBy(tool => tool.Record.Column)
            .ThenBy(tool => tool.Entry.Name, StringComparer.Ordinal)
            .ThenBy(tool => tool.Entry.Implementation, StringComparer.Ordinal)
            .Select(tool => (tool.Entry, SystemOf(tool.Record)))
            .ToList();

    private static ToolEntry ToolOf(ReportedDiagnostic record, string? projectDirectory) => new(
        null,
        ManifestPaths.Relative(record.FilePath!, projectDirectory),
        record.Line ?? 0,
        Property(record, InventoryRecords.CallingMember) ?? string.Empty,
        Property(record, InventoryRecords.ToolName),
        Property(record, InventoryRecords.ToolKind) ?? nameof(AiToolKind.Function),
        Property(record, InventoryRecords.Sdk) ?? string.Empty,
        Property(record, InventoryRecords.HandedBy) ?? string.Empty,
        Property(record, InventoryRecords.Implementation),
        Property(record, InventoryRecords.Effect) ?? nameof(AiToolEffect.Unknown),
        Property(record, InventoryRecords.EffectBasis),
        Property(record, InventoryRecords.ApprovalRequired) == "true");

    private static string? SystemOf(ReportedDiagnostic record) => Property(record, InventoryRecords.System);

    private static string? Property(ReportedDiagnostic record, string key) =>
        record.Properties.TryGetValue(key, out var value) ? value : null;

    /// <summary>A system known only by the id that covers a call.</summary>
    internal static AiSystem DeclaredNowhere(string id) => new(
        id, null, null, null, null, GovernanceEnums.AiRiskLevel.UnsetMember!, null, true, null, null,
        Array.Empty<SourceLocation>(), Array.Empty<ModelEntry>(), Array.Empty<DataSourceEntry>(), Array.Empty<OversightEntry>(),
        Array.Empty<DisclosureEntry>(), Array.Empty<EventLoggingEntry>(), Array.Empty<EvaluationEntry>(), Array.Empty<RiskEntry>(), null, null);
}
