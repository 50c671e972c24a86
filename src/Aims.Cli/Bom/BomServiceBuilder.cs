using System;
using System.Collections.Generic;
using Aims.Manifest.Model;
using Aims.Manifest.Vocabulary;

namespace Aims.Cli.Bom;

/// <summary>Gathers what the calls to one provider's API tell about it: the kinds of call and the SDKs that make them.</summary>
internal sealed class BomServiceBuilder(string provider)
{
    private readonly SortedSet<string> _kinds = new(StringComparer.Ordinal);
    private readonly SortedSet<string> _sdks = new(StringComparer.Ordinal);

    public string Ref { get; } = "service:" + DeterministicUuid.Of("service\u0000" + provider);

    public void Add(CallSite call)
    {
        if (call.Kind is { } kind)
        {
            _kinds.Add(kind);
        }

        if (call.Sdk is { } sdk)
        {
            _sdks.Add(sdk);
        }
    }

    public BomService Build() => new(provider, Ref, ProviderEndpoints.Of(provider), [.. _kinds], [.. _sdks]);
}
