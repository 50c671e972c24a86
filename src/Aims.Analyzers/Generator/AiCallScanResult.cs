using System.Linq;
using Aims.Analyzers.Model;

namespace Aims.Analyzers.Generator;

/// <summary>What the scan of a compilation's code found: its AI calls, the constants it passes to AI SDKs, and the malformed entries of aims.model_call_symbols (AIMS019).</summary>
internal sealed record AiCallScanResult(EquatableArray<CallSiteModel> CallSites, EquatableArray<LiteralSiteModel> LiteralSites, EquatableArray<string> MalformedEntries)
{
    public static AiCallScanResult Nothing(EquatableArray<string> malformedEntries) =>
        new(EquatableArray<CallSiteModel>.Empty, EquatableArray<LiteralSiteModel>.Empty, malformedEntries);

    public bool IsEmpty => CallSites.IsEmpty && LiteralSites.IsEmpty && MalformedEntries.IsEmpty;
}
