using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Aims.Analyzers.Declarations;
using Aims.Analyzers.Diagnostics;
using Aims.Analyzers.Model;
using Microsoft.CodeAnalysis;

namespace Aims.Analyzers.Manifest;

/// <summary>
/// The manifest's content before it is written: the declaration graph with every AI call of the assembly in exactly one
/// place (under the system that covers it, or undeclared), the control results and the findings the build reports.
/// </summary>
internal sealed class ManifestContent
{
    private ManifestContent(
        ManifestContext context,
        DeclarationGraph graph,
        IReadOnlyList<ManifestSystem> systems,
        IReadOnlyList<CallSiteModel> undeclaredUsages,
        IReadOnlyList<ReportedFinding> findings)
    {
        Context = context;
        Graph = graph;
        Systems = systems;
        UndeclaredUsages = undeclaredUsages;
        Findings = findings;
        Controls = AnnexAControls.All.Select(control => (control, ControlEvaluator.Evaluate(control, this))).ToList();
    }

    public ManifestContext Context { get; }

    public DeclarationGraph Graph { get; }

    /// <summary>The systems declared here, and those declared elsewhere or nowhere that this assembly joins or whose calls it makes, by id.</summary>
    public IReadOnlyList<ManifestSystem> Systems { get; }

    public IReadOnlyList<CallSiteModel> UndeclaredUsages { get; }

    public IReadOnlyList<(AnnexAControl Control, ControlResult Result)> Controls { get; }

    public IReadOnlyList<ReportedFinding> Findings { get; }

    public static ManifestContent Build(ManifestInputs inputs)
    {
        var context = inputs.Context;
        var graph = DeclarationGraph.Build(inputs.SourceUses.Concat(inputs.ReferencedUses));
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var sites = inputs.CallSites
            .Where(site => seen.Add(site.Location.Path + "\u0000" + site.Location.Start.ToString(CultureInfo.InvariantCulture) + "\u0000" + site.CalledMember))
            .OrderBy(site => ManifestPaths.Relative(site.Location.Path, context.ProjectDirectory), StringComparer.Ordinal)
            .ThenBy(site => site.Location.Start)
            .ThenBy(site => site.CalledMember, StringComparer.Ordinal)
            .ToList();
        var identifiers = inputs.LiteralSites.Select(site => site.Identifier).OfType<ModelIdentifierModel>().ToList();

        var covered = sites.Where(site => site.CoveringSystemId is not null).ToLookup(site => site.CoveringSystemId!, StringComparer.Ordinal);
        var named = identifiers.Where(identifier => identifier.CoveringSystemId is not null).ToLookup(identifier => identifier.CoveringSystemId!, StringComparer.Ordinal);
        // A call covered by an id the graph does not hold still has its system: no call is ever dropped.
        var nodes = graph.Systems.Values
            .Where(system => system.IsDeclaredInSource || system.Pieces.Any(piece => piece.IsInSource) || covered.Contains(system.Id))
            .Concat(covered.Select(group => group.Key).Where(id => !graph.Systems.ContainsKey(id)).Select(AiSystemNode.DeclaredNowhere))
            .OrderBy(system => system.Id, StringComparer.Ordinal);
        var systems = nodes.Select(system => new ManifestSystem(system, covered[system.Id].ToList(), named[system.Id].ToList())).ToList();

        var findings = RuleFindings.All(graph, sites, inputs.LiteralSites, inputs.MalformedModelCallSymbols)
            .Select(finding => Report(finding, inputs.Severities))
            .OfType<ReportedFinding>()
            .OrderBy(finding => finding.Location is null ? string.Empty : ManifestPaths.Relative(finding.Location.Path, context.ProjectDirectory), StringComparer.Ordinal)
            .ThenBy(finding => finding.Location?.Start ?? -1)
            .ThenBy(finding => finding.Rule.Id, StringComparer.Ordinal)
            .ThenBy(finding => finding.Message, StringComparer.Ordinal)
            .ToList();

        return new ManifestContent(context, graph, systems, sites.Where(site => site.CoveringSystemId is null).ToList(), findings);
    }

    private static ReportedFinding? Report(Finding finding, SeverityConfiguration severities)
    {
        var rule = RuleTable.Get(finding.RuleId);
        var severity = severities.EffectiveSeverity(rule, finding.Location);
        return severity is ReportDiagnostic.Suppress or ReportDiagnostic.Hidden
            ? null
            : new ReportedFinding(rule, finding.Location, severity, rule.FormatMessage(finding.Arguments.Cast<object>().ToArray()));
    }
}
