using System;
using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography;
using Aims.Manifest;
using Aims.Cli.Governance;
using Aims.Manifest.Model;
using Aims.Manifest.Vocabulary;
using Aims.Cli.Inputs;

namespace Aims.Cli.Bom;

/// <summary>
/// The elements of an AI bill of materials, shared by the CycloneDX and SPDX writers: the application, each system,
/// each model a system uses (one per system, since its card carries the system's purpose and risks), each data source,
/// and one service per model provider that a call reaches or that hosts a model declared as an API. A model whose
/// hosting nobody stated is no service: the manifest cannot show where it runs. References are derived from content,
/// so they are the same every run.
/// </summary>
internal sealed class BomInventory
{
    /// <summary>The <c>hosting</c> of a model its supplier runs as a hosted API.</summary>
    private const string HostedApi = "Api";

    private BomInventory(ManifestDocument manifest, string documentId, List<BomSystem> systems, List<BomService> services, IReadOnlyList<string> undeclaredServiceRefs)
    {
        Manifest = manifest;
        DocumentId = documentId;
        Systems = systems;
        Services = services;
        UndeclaredServiceRefs = undeclaredServiceRefs;
    }

    public ManifestDocument Manifest { get; }

    /// <summary>A UUID of the manifest's content, the format and the timestamp: the document's serial number.</summary>
    public string DocumentId { get; }

    public string RootRef => "application:" + Escape(Manifest.Assembly.Name);

    public IReadOnlyList<BomSystem> Systems { get; }

    public IReadOnlyList<BomService> Services { get; }

    /// <summary>The services that calls no system covers reach (shadow AI still sends data somewhere).</summary>
    public IReadOnlyList<string> UndeclaredServiceRefs { get; }

    /// <summary>The dependencies that call AI, as library components; none where the manifest did not scan them.</summary>
    public IReadOnlyList<BomDependency> Dependencies => (Manifest.Dependencies ?? []).Select(d => new BomDependency(d)).ToList();

    public static BomInventory Create(ManifestDocument manifest, string format, string? timestamp)
    {
        var content = Convert.ToHexString(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(ManifestWriter.Write(manifest))));
        var documentId = DeterministicUuid.Of($"{format}\u0000{timestamp}\u0000{content}").ToString();
        var services = new SortedDictionary<string, BomServiceBuilder>(StringComparer.Ordinal);

        string? ServiceFor(string? provider, CallSite? call = null)
        {
            if (Placeholder.FilledOrNull(provider) is not { } name)
            {
                return null;
            }

            if (!services.TryGetValue(name, out var service))
            {
                services.Add(name, service = new BomServiceBuilder(name));
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
                model.Hosting == HostedApi ? ServiceFor(model.Provider) : null)).ToList();
            var data = system.DataSources.Select(source => new BomData(
                source, "data:" + DeterministicUuid.Of($"{system.Id}\u0000{ManifestWriter.CanonicalText(source)}"))).ToList();
            var callServices = system.KnownCallSites().Select(call => ServiceFor(call.Provider, call));
            var serviceRefs = models.Select(m => m.ServiceRef).Concat(callServices).OfType<string>().Distinct().Order(StringComparer.Ordinal).ToList();
            return new BomSystem(system, "system:" + Escape(system.Id), models, data, serviceRefs);
        }).ToList();
        var undeclared = manifest.KnownUndeclaredUsages().Select(call => ServiceFor(call.Provider, call)).OfType<string>().Distinct().Order(StringComparer.Ordinal).ToList();
        return new BomInventory(manifest, documentId, systems, services.Values.Select(s => s.Build()).ToList(), undeclared);
    }

    private static string Escape(string value) => Uri.EscapeDataString(value);
}
