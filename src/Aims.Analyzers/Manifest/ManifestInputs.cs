using Aims.Analyzers.Model;

namespace Aims.Analyzers.Manifest;

/// <summary>Everything the manifest is built from, as the generator's pipeline delivers it: plain, equatable values.</summary>
internal sealed record ManifestInputs(
    ManifestContext Context,
    EquatableArray<AttributeUseModel> SourceUses,
    EquatableArray<AttributeUseModel> ReferencedUses,
    EquatableArray<CallSiteModel> CallSites,
    EquatableArray<LiteralSiteModel> LiteralSites,
    EquatableArray<string> MalformedModelCallSymbols,
    SeverityConfiguration Severities);
