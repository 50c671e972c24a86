using System.Linq;
using Aims.Analyzers.Model;

namespace Aims.Analyzers.Generator;

/// <summary>
/// The calls to members that [AiModelCall] or aims.model_call_symbols make model calls, with the configured ids (calls
/// inside configured members are their implementation) and the malformed entries of the option (AIMS019).
/// </summary>
internal sealed record DeclaredCallSites(EquatableArray<string> ConfiguredIds, EquatableArray<string> MalformedEntries, EquatableArray<CallSiteModel> Sites)
{
    public static readonly DeclaredCallSites None = new(EquatableArray<string>.Empty, EquatableArray<string>.Empty, EquatableArray<CallSiteModel>.Empty);

    /// <summary>Whether a call lies inside a configured member or type: there it is that member's implementation.</summary>
    public bool IsInsideConfiguredMember(CallSiteModel site) => site.ContainerIds.Any(id => ConfiguredIds.AsImmutableArray().Contains(id));
}
