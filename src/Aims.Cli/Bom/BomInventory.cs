using System;
using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography;
using Aims.Cli.Governance;
using Aims.Cli.Manifest;

namespace Aims.Cli.Bom;

/// <summary>
/// The elements of an AI bill of materials, shared by the CycloneDX and SPDX writers: the application, each system,
/// each model a system uses (one per system, since its card carries the system's purpose and risks), each data source,
/// and one service per hosted model provider. References are derived from content, so they are the same every run.
/// </summary>
internal sealed class BomInventory
{
    private BomInventory(Manifest.Manifest manifest, string documentId, List<BomSystem> systems, List<BomService> services, IReadOnlyList<string> undeclaredServiceRefs)
    {
        Manifest = manifest;
        DocumentId = documentId;
        Systems = systems;
        Services = services;
        UndeclaredServiceRefs = undeclaredServiceRefs;
    }

    public Manifest.Manifest Manifest { get; }

    /// <summary>A UUID of the manifest's content, the format and the timestamp: the document's serial number.</summary>
    public string DocumentId { get; }

    public string RootRef => "application:" + Escape(Manifest.Assembly.Name);

    public IReadOnlyList<BomSystem> Systems { get; }

    public IReadOnlyList<BomService> Services { get; }

    /// <summary>The services that calls no system covers reach (shadow AI still sends data somewhere).</summary>
    public IReadOnlyList<string> UndeclaredServiceRefs { get; }

    public static BomInventory Create(Manifest.Manifest manifest, string format, string? timestamp)
    {
        var content = Convert.ToHexString(SHA256.HashData(ManifestBytes(manifest)));
        var documentId = DeterministicUuid.Of($"{format}\u0000{timestamp}\u0000{content}").ToString();
        var services = new SortedDictionary<string, ServiceBuilder>(StringComparer.Ordinal);

        string? ServiceFor(string? provider, CallSite? call = null)
        {
            if (Placeholder.FilledOrNull(provider) is not { } name)
            {
                return null;
            }

            if (!services.TryGetValue(name, out var service))
            {
                services.Add(name, service = new ServiceBuilder(name));
            }

            if (call is not null)
            {
                service.Add(call);
            }

            return service.Ref;
        }

        var systems = manifest.Systems.Select(system =>
        {
            var models = system.Models.Select(model => new BomModel(
                model,
                "model:" + DeterministicUuid.Of($"{system.Id}\u0000{ManifestWriter.CanonicalText(model)}"),
                ModelTasks.Of(system, model),
                model.Hosting is "SelfHosted" or "OnDevice" ? null : ServiceFor(model.Provider))).ToList();
            var data = system.DataSources.Select(source => new BomData(
                source, "data:" + DeterministicUuid.Of($"{system.Id}\u0000{ManifestWriter.CanonicalText(source)}"))).ToList();
            var callServices = system.CallSites.Select(call => ServiceFor(call.Provider, call));
            var serviceRefs = models.Select(m => m.ServiceRef).Concat(callServices).OfType<string>().Distinct().Order(StringComparer.Ordinal).ToList();
            return new BomSystem(system, "system:" + Escape(system.Id), models, data, serviceRefs);
        }).ToList();
        var undeclared = manifest.UndeclaredUsages.Select(call => ServiceFor(call.Provider, call)).OfType<string>().Distinct().Order(StringComparer.Ordinal).ToList();
        return new BomInventory(manifest, documentId, systems, services.Values.Select(s => s.Build()).ToList(), undeclared);
    }

    private static byte[] ManifestBytes(Manifest.Manifest manifest)
    {
        using var buffer = new System.IO.MemoryStream();
        ManifestWriter.Write(manifest, buffer);
        return buffer.ToArray();
    }

    private static string Escape(string value) => Uri.EscapeDataString(value);

    private sealed class ServiceBuilder(string provider)
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
}

/// <summary>A system of the BOM with the references of its models, data sources and the services its calls reach.</summary>
internal sealed record BomSystem(AiSystem System, string Ref, IReadOnlyList<BomModel> Models, IReadOnlyList<BomData> Data, IReadOnlyList<string> ServiceRefs);

/// <summary>A model as a component: its reference, the task its calls tell, and the service that hosts it (null when self-hosted).</summary>
internal sealed record BomModel(ModelEntry Model, string Ref, string? Task, string? ServiceRef);

/// <summary>A data source as a component.</summary>
internal sealed record BomData(DataSourceEntry Source, string Ref);

/// <summary>A hosted model API: the provider, its default endpoint if known, and what the code calls on it.</summary>
internal sealed record BomService(string Provider, string Ref, string? Endpoint, IReadOnlyList<string> CallKinds, IReadOnlyList<string> Sdks);
