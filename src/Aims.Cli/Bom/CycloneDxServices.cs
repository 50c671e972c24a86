using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using Aims.Cli.Governance;
using Aims.Cli.Output;

namespace Aims.Cli.Bom;

/// <summary>
/// The service of a model API: its provider, the provider's default endpoint where there is one, whether calling it
/// leaves the organisation (only where the provider tells), and what the code calls on it.
/// </summary>
internal static class CycloneDxServices
{
    /// <summary>A model API: its provider and endpoint, and what it receives; <paramref name="reachedBy"/> are the systems whose calls reach it.</summary>
    public static void Write(Utf8JsonWriter json, BomService service, IReadOnlyList<BomSystem> reachedBy)
    {
        json.WriteStartObject();
        json.WriteText("bom-ref", service.Ref);
        json.WriteStartObject("provider");
        json.WriteText("name", service.Provider);
        json.WriteEndObject();
        json.WriteText("name", $"{service.Provider} model API");
        if (service.Endpoint is { } endpoint)
        {
            json.WriteStartArray("endpoints");
            json.WriteTextValue(endpoint);
            json.WriteEndArray();
        }

        if (ProviderEndpoints.CrossesTrustBoundary(service.Provider) is { } crosses)
        {
            json.WriteBoolean("x-trust-boundary", crosses);
        }

        WriteData(json, reachedBy);

        new PropertyList()
            .Add("endpointSource", service.Endpoint is null ? null : "the provider's default endpoint; the code may configure another")
            .Add("callKinds", service.CallKinds.Count == 0 ? null : string.Join(", ", service.CallKinds))
            .Add("sdks", service.Sdks.Count == 0 ? null : string.Join(", ", service.Sdks))
            .WriteTo(json);
        json.WriteEndObject();
    }

    /// <summary>
    /// What the service receives, classified as the systems that reach it declare their data sources (which
    /// Dependency-Track reads): "PII" where one contains personal data, "non-personal" where every one says it does not;
    /// nothing where the sources do not say.
    /// </summary>
    private static void WriteData(Utf8JsonWriter json, IReadOnlyList<BomSystem> reachedBy)
    {
        var sources = reachedBy.SelectMany(system => system.System.DataSources.Select(source => (System: system.System.Id, Source: source))).ToList();
        var personal = sources.Where(s => s.Source.ContainsPersonalData == true).ToList();
        var classification = personal.Count > 0 ? "PII"
            : sources.Count > 0 && sources.All(s => s.Source.ContainsPersonalData == false) ? "non-personal"
            : null;
        if (classification is null)
        {
            return;
        }

        json.WriteStartArray("data");
        json.WriteStartObject();
        json.WriteText("flow", "inbound");
        json.WriteText("classification", classification);
        json.WriteText("name", string.Join(", ", (personal.Count > 0 ? personal : sources).Select(s => Placeholder.FilledOrNull(s.Source.Name) ?? "unnamed data source").Distinct()));
        json.WriteText("description", "the declared data sources of " + string.Join(", ", (personal.Count > 0 ? personal : sources).Select(s => $"'{s.System}'").Distinct()) + ", sent to the model API");
        json.WriteEndObject();
        json.WriteEndArray();
    }
}
