using System.Text.Json;
using Aims.Cli.Output;

namespace Aims.Cli.Bom;

/// <summary>
/// The service of a model API: its provider, the provider's default endpoint where there is one, whether calling it
/// leaves the organisation (only where the provider tells), and what the code calls on it.
/// </summary>
internal static class CycloneDxServices
{
    public static void Write(Utf8JsonWriter json, BomService service)
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

        new PropertyList()
            .Add("endpointSource", service.Endpoint is null ? null : "the provider's default endpoint; the code may configure another")
            .Add("callKinds", service.CallKinds.Count == 0 ? null : string.Join(", ", service.CallKinds))
            .Add("sdks", service.Sdks.Count == 0 ? null : string.Join(", ", service.Sdks))
            .WriteTo(json);
        json.WriteEndObject();
    }
}
