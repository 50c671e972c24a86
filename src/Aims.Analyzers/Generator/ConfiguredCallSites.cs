using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Aims.Analyzers.Detection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Aims.Analyzers.Generator;

/// <summary>
/// The calls to members a team lists in aims.model_call_symbols, and the ids it lists. Syntax transforms cannot read
/// analyzer options, so this step reads the compilation with the options; without configured symbols it returns at once.
/// </summary>
internal sealed record ConfiguredCallSites(EquatableArray<string> Ids, EquatableArray<CallSiteModel> Sites)
{
    public static readonly ConfiguredCallSites None = new(EquatableArray<string>.Empty, EquatableArray<CallSiteModel>.Empty);

    public static ConfiguredCallSites Find(Compilation compilation, AnalyzerConfigOptionsProvider options, CancellationToken cancellationToken)
    {
        var option = ModelCallSymbolsOption.Read(options, compilation, cancellationToken);
        if (option.Ids.IsEmpty)
        {
            return None;
        }

        var ids = option.Ids.ToEquatableArray();
        if (ModelCallDetector.TryCreate(compilation, option, cancellationToken) is not { } detector)
        {
            return new ConfiguredCallSites(ids, EquatableArray<CallSiteModel>.Empty);
        }

        var detection = CallSiteDetection.ForConfiguredSymbols(detector);
        var sites = new List<CallSiteModel>();
        foreach (var tree in compilation.SyntaxTrees)
        {
            var semanticModel = compilation.GetSemanticModel(tree);
            foreach (var node in tree.GetRoot(cancellationToken).DescendantNodes().Where(node => CallSiteReader.IsCallSyntax(node, cancellationToken)))
            {
                if (CallSiteReader.Read(node, semanticModel, detection, detection.IsCandidate, cancellationToken) is { Sdk: ModelCallMatch.ConfiguredSdk } site)
                {
                    sites.Add(site);
                }
            }
        }

        return new ConfiguredCallSites(ids, sites.ToEquatableArray());
    }

    /// <summary>Whether a call lies inside a configured member or type: there it is that member's implementation.</summary>
    public bool IsInsideConfiguredMember(CallSiteModel site) => site.ContainerIds.Any(id => Ids.AsImmutableArray().Contains(id));
}
