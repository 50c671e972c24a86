using System;
using System.Collections.Generic;
using System.Linq;
using Aims.Manifest;
using Aims.Manifest.Model;
using Aims.Manifest.Vocabulary;
using Aims.Cli.Inputs;

namespace Aims.Cli.Merge;

/// <summary>
/// Everything the merged manifests say about one system id: the declarations (from the assemblies that declare it) and
/// the union of pieces, facts, call sites and tools (from every assembly that declares or joins it).
/// </summary>
internal sealed class SystemAccumulator(string id)
{
    private readonly List<(string Assembly, AiSystem Header)> _declarations = [];
    private readonly List<(string Assembly, AiSystem Header)> _joins = [];
    private readonly HashSet<SourceLocation> _pieces = [];
    private readonly FactSet<ModelEntry> _models = new(m => $"{m.Provider}\u0000{m.ModelId}", m => m.DeclaredAt);
    private readonly FactSet<DataSourceEntry> _dataSources = new(d => d.Name, d => d.DeclaredAt);
    private readonly FactSet<OversightEntry> _oversight = new(o => o.Mode, o => o.DeclaredAt);
    private readonly FactSet<DisclosureEntry> _disclosures = new(d => d.Kind, d => d.DeclaredAt);
    private readonly FactSet<EventLoggingEntry> _eventLogging = new(e => e.Events ?? "", e => e.DeclaredAt);
    private readonly FactSet<EvaluationEntry> _evaluations = new(e => e.Metric, e => e.DeclaredAt);
    private readonly FactSet<RiskEntry> _risks = new(r => r.Id, r => r.DeclaredAt);
    private readonly HashSet<CallSite> _callSites = [];
    private readonly HashSet<ToolEntry> _tools = [];

    /// <summary>Adds a system as one manifest lists it; <paramref name="declaringAssemblies"/> are the assemblies that manifest speaks for.</summary>
    public void Add(AiSystem system, string contributor, ISet<string> declaringAssemblies, AssemblyQualifier qualifier)
    {
        // The header keeps the scalars only; the lists are merged below.
        var header = system with
        {
            DeclaredAt = qualifier.Qualify(system.DeclaredAt),
            Pieces = [], Models = [], DataSources = [], HumanOversight = [], Disclosures = [], EventLogging = [],
            Evaluations = [], Risks = [], CallSites = [], Tools = [],
        };
        if (system.DeclaredIn is { } declaredIn && declaringAssemblies.Contains(declaredIn))
        {
            _declarations.Add((declaredIn, header));
        }
        else
        {
            _joins.Add((contributor, header));
        }

        foreach (var piece in system.Pieces)
        {
            _pieces.Add(qualifier.Qualify(piece)!);
        }

        _models.AddRange(system.Models.Select(qualifier.Qualify));
        _dataSources.AddRange(system.DataSources.Select(qualifier.Qualify));
        _oversight.AddRange(system.HumanOversight.Select(qualifier.Qualify));
        _disclosures.AddRange(system.Disclosures.Select(qualifier.Qualify));
        _eventLogging.AddRange(system.EventLogging.Select(qualifier.Qualify));
        _evaluations.AddRange(system.Evaluations.Select(qualifier.Qualify));
        _risks.AddRange(system.Risks.Select(qualifier.Qualify));
        _callSites.UnionWith(system.KnownCallSites().Select(qualifier.Qualify));
        _tools.UnionWith((system.Tools ?? []).Select(qualifier.Qualify));
    }

    /// <summary>The assemblies that declare this id, when there is more than one.</summary>
    public DuplicateSystem? Duplicate()
    {
        var declaring = _declarations.Select(d => d.Assembly).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        return declaring.Count > 1 ? new DuplicateSystem(id, declaring) : null;
    }

    /// <summary>
    /// The merged system: name, purpose, owner, risk and the other scalars come from the declaration (the first
    /// declaring assembly by name when several declare it), or else from the first joining assembly by name.
    /// </summary>
    /// <param name="mergedAssemblies">The assemblies merged, whose metadata copies are left out.</param>
    /// <param name="toolsKnown">False when a merged manifest did not record tools (schema 3.0): the tools are then not known.</param>
    public AiSystem Build(ISet<string> mergedAssemblies, bool toolsKnown)
    {
        var header = FirstByAssembly(_declarations) ?? FirstByAssembly(_joins)!;
        return header with
        {
            Pieces = _pieces
                .Where(p => !p.IsMetadataCopy || !mergedAssemblies.Contains(p.Assembly!))
                .Order(ManifestOrder.Locations)
                .ToList(),
            Models = _models.ToList(mergedAssemblies),
            DataSources = _dataSources.ToList(mergedAssemblies),
            HumanOversight = _oversight.ToList(mergedAssemblies),
            Disclosures = _disclosures.ToList(mergedAssemblies),
            EventLogging = _eventLogging.ToList(mergedAssemblies),
            Evaluations = _evaluations.ToList(mergedAssemblies),
            Risks = _risks.ToList(mergedAssemblies),
            CallSites = _callSites.Order(ManifestOrder.CallSites).ToList(),
            Tools = toolsKnown ? _tools.Order(ManifestOrder.Tools).ToList() : null,
        };
    }

    private static AiSystem? FirstByAssembly(List<(string Assembly, AiSystem Header)> headers) => headers
        .OrderBy(h => h.Assembly, StringComparer.Ordinal)
        .ThenBy(h => ManifestWriter.CanonicalText(h.Header.DeclaredAt ?? new SourceLocation(null, "", 0, null)), StringComparer.Ordinal)
        .Select(h => h.Header)
        .FirstOrDefault();
}
