using System.Collections.Generic;
using System.Linq;
using Aims.Analyzers.Declarations;
using Aims.Analyzers.Detection;
using Aims.Analyzers.Model;

namespace Aims.Analyzers.Manifest;

/// <summary>An AI system as the manifest lists it: its node of the declaration graph and what this assembly's code does for it.</summary>
internal sealed class ManifestSystem
{
    public ManifestSystem(AiSystemNode node, IReadOnlyList<CallSiteModel> callSites, IReadOnlyList<ModelIdentifierModel> modelIdentifiers)
    {
        Node = node;
        CallSites = callSites;
        ModelIdentifiers = modelIdentifiers;
    }

    public AiSystemNode Node { get; }

    public string Id => Node.Id;

    public IReadOnlyList<CallSiteModel> CallSites { get; }

    /// <summary>Models named by constants in the system's code, where clients are created or configured.</summary>
    public IReadOnlyList<ModelIdentifierModel> ModelIdentifiers { get; }

    public bool IsGenerative => CallSites.Any(site => AiCallKinds.IsGenerative(site.Kind));

    public bool NeedsDisclosure => IsGenerative && Node.ServesPeopleDirectly;

    public IEnumerable<AttributeUseModel> FactsOf(string attributeName) => Node.FactsOf(attributeName);

    public bool Has(string attributeName) => Node.Has(attributeName);
}
