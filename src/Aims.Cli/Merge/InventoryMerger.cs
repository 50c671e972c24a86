using System;
using System.Collections.Generic;
using System.Linq;
using Aims.Manifest;
using Aims.Cli.Governance;
using Aims.Cli.Output;
using Aims.Manifest.Model;
using Aims.Manifest.Vocabulary;
using Aims.Cli.Inputs;

namespace Aims.Cli.Merge;

/// <summary>
/// Folds project manifests, one at a time, into one organisation inventory in the same schema. The result does not
/// depend on the order of the inputs: every list is sorted and every choice between manifests is made by assembly name.
/// </summary>
internal sealed class InventoryMerger
{
    /// <summary>The version a merged inventory gives as its "assembly" version: it is not an assembly.</summary>
    public const string InventoryVersion = "0.0.0.0";

    private readonly SortedDictionary<string, SystemAccumulator> _systems = new(StringComparer.Ordinal);
    private readonly HashSet<CallSite> _undeclared = [];
    private readonly HashSet<ToolEntry> _undeclaredTools = [];
    private readonly List<DependencyEntry> _dependencies = [];
    private bool _dependenciesKnown = true;
    private bool _toolsKnown = true;
    private readonly HashSet<ApplicabilityEntry> _applicability = [];
    private readonly HashSet<Finding> _findings = [];
    private readonly HashSet<SourceManifest> _sources = [];
    private readonly List<string> _analysisModes = [];
    private readonly SortedSet<string> _errorLogs = new(StringComparer.Ordinal);
    private readonly SortedSet<string> _disabledRules = new(StringComparer.Ordinal);
    private bool _disabledRulesKnown = true;
    private bool _anyAnalyzed;
    private readonly List<string> _readFromBinaries = [];
    private readonly List<(string Assembly, ManagementSystem System)> _managementSystems = [];
    private readonly ControlCombiner _controls = new();
    private readonly List<DuplicateSystem> _earlierDuplicates = [];

    public void Add(ManifestDocument manifest)
    {
        var qualifier = new AssemblyQualifier(manifest.Assembly.Name);
        var speaksFor = manifest.SourceAssemblies.Select(s => s.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var system in manifest.Systems)
        {
            if (!_systems.TryGetValue(system.Id, out var accumulator))
            {
                _systems.Add(system.Id, accumulator = new SystemAccumulator(system.Id));
            }

            accumulator.Add(system, manifest.Assembly.Name, speaksFor, qualifier);
        }

        _undeclared.UnionWith(manifest.KnownUndeclaredUsages().Select(qualifier.Qualify));
        _toolsKnown &= manifest.UndeclaredTools is not null;
        _undeclaredTools.UnionWith((manifest.UndeclaredTools ?? []).Select(qualifier.Qualify));
        _applicability.UnionWith(manifest.StatementOfApplicability.Select(qualifier.Qualify));
        _findings.UnionWith((manifest.Findings ?? []).Select(qualifier.Qualify));
        _dependenciesKnown &= manifest.Dependencies is not null;
        _dependencies.AddRange((manifest.Dependencies ?? []).Select(qualifier.Qualify));
        if (manifest.Evidence.Source == EvidenceSource.Binary)
        {
            _readFromBinaries.AddRange(manifest.SourceAssemblies.Select(source => source.Name));
        }

        _sources.UnionWith(manifest.SourceAssemblies);
        _analysisModes.Add(manifest.AnalysisMode);
        // A manifest whose inputs held no AI was never analysed: it has no error log and no rule to turn off; one read
        // from a binary was not analysed either.
        if (manifest.Evidence.Source is not (EvidenceSource.Inputs or EvidenceSource.Binary))
        {
            _anyAnalyzed = true;
            if (manifest.Evidence.ErrorLog is { } errorLog)
            {
                _errorLogs.Add(errorLog);
            }

            if (manifest.Evidence.DisabledRules is { } disabled)
            {
                _disabledRules.UnionWith(disabled);
            }
            else
            {
                _disabledRulesKnown = false;
            }
        }

        if (manifest.ManagementSystem is { } managementSystem)
        {
            _managementSystems.Add((manifest.Assembly.Name, qualifier.Qualify(managementSystem)));
        }

        _controls.Add(manifest);
        _earlierDuplicates.AddRange(manifest.DuplicateSystems ?? []);
    }

    /// <summary>The merged inventory, named <paramref name="name"/>.</summary>
    public ManifestDocument Build(string name)
    {
        if (_sources.Count == 0)
        {
            throw new InvalidOperationException("Nothing was merged.");
        }

        var merged = _sources.Select(s => s.Name).ToHashSet(StringComparer.Ordinal);
        var systems = _systems.Values.Select(s => s.Build(merged, _toolsKnown)).ToList();
        var undeclaredTools = _toolsKnown ? _undeclaredTools.Order(ManifestOrder.Tools).ToList() : null;
        var controls = _controls.Combine();
        var undeclared = _undeclared.Order(ManifestOrder.CallSites).ToList();
        var findings = _findings.Order(ManifestOrder.Findings).ToList();
        var revisions = _sources.Select(s => s.SourceRevision).Distinct().ToList();
        return new ManifestDocument(
            SchemaVersion: ManifestDocument.CurrentSchemaVersion,
            Generator: new NameAndVersion(ToolVersion.Name, ToolVersion.Version),
            Assembly: new NameAndVersion(name, InventoryVersion),
            SourceRevision: revisions.Count == 1 ? revisions[0] : null,
            AnalysisMode: AnalysisModes.Weakest(_analysisModes),
            Evidence: Evidence(),
            ManagementSystem: _managementSystems.OrderBy(m => m.Assembly, StringComparer.Ordinal).Select(m => m.System).FirstOrDefault(),
            Systems: systems,
            UndeclaredUsages: undeclared,
            UndeclaredTools: undeclaredTools,
            StatementOfApplicability: _applicability.Order(ManifestOrder.Applicability).ToList(),
            Controls: controls,
            Findings: _readFromBinaries.Count == 0 ? findings : null,
            Summary: ManifestSummaries.Of(systems, undeclared, undeclaredTools, controls, _readFromBinaries.Count == 0 ? findings : null))
        {
            Sources = _sources
                .OrderBy(s => s.Name, StringComparer.Ordinal)
                .ThenBy(s => s.Version, StringComparer.Ordinal)
                .ThenBy(s => s.SourceRevision, StringComparer.Ordinal)
                .ToList(),
            DuplicateSystems = Duplicates(),
            Dependencies = _dependenciesKnown
                ? _dependencies.Distinct(new CanonicalEquality<DependencyEntry>()).OrderBy(d => d.Assembly, StringComparer.Ordinal).ThenBy(d => d.Name, StringComparer.Ordinal).ThenBy(d => d.AssemblyName, StringComparer.Ordinal).ToList()
                : null,
            ControlsBySource = _controls.Counted(),
            Policy = _sources.Select(source => source.Policy).Distinct().Count() == 1 ? _sources.First().Policy : null,
        };
    }

    /// <summary>
    /// Build evidence only where every source has it: a source read from a binary makes the inventory one of binaries,
    /// whose findings are not known.
    /// </summary>
    private ManifestEvidence Evidence() =>
        _readFromBinaries.Count > 0
            ? new ManifestEvidence(EvidenceSource.Binary, null, $"{string.Join(", ", _readFromBinaries.Distinct().Order(StringComparer.Ordinal))} {(_readFromBinaries.Distinct().Count() == 1 ? "was" : "were")} read from built assemblies, not from their builds: the findings and the tools handed to models of the inventory are not known", null)
            : _anyAnalyzed
                ? new ManifestEvidence(EvidenceSource.Build, _errorLogs.Count == 0 ? null : string.Join(", ", _errorLogs), null, _disabledRulesKnown ? _disabledRules.ToList() : null)
                : new ManifestEvidence(EvidenceSource.Inputs, null, null, null);

    /// <summary>The ids declared by several assemblies, here or in an inventory merged before, each once.</summary>
    private List<DuplicateSystem> Duplicates() => _systems.Values.Select(s => s.Duplicate()).OfType<DuplicateSystem>()
        .Concat(_earlierDuplicates)
        .GroupBy(d => d.Id, StringComparer.Ordinal)
        .Select(g => new DuplicateSystem(g.Key, g.SelectMany(d => d.DeclaredIn).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList()))
        .OrderBy(d => d.Id, StringComparer.Ordinal)
        .ToList();
}
