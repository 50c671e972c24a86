using System;
using System.Collections.Generic;
using System.Linq;
using Aims.Analyzers.Declarations;

namespace Aims.Analyzers.Manifest;

/// <summary>
/// A system's models in the manifest: those declared with [AiModel]; those inferred from a model named by a constant
/// in the system's code; and, for calls that no model above names, their provider and SDK (provider null when the
/// SDK does not tell, as with Microsoft.Extensions.AI's IChatClient).
/// </summary>
internal static class ManifestModels
{
    public static void Write(JsonWriter json, ManifestSystem system, ManifestContent content)
    {
        json.StartArray(GovernanceAttributeSchema.AiModel.JsonName);
        var declared = system.FactsOf(AimsAttributeNames.AiModel).ToList();
        foreach (var model in declared)
        {
            json.StartObject();
            ManifestWriter.WriteMembers(json, GovernanceAttributeSchema.AiModel.Members, model);
            json.String("source", "declared");
            json.Null("sdk");
            ManifestWriter.WriteDeclaredAt(json, model, content, withSymbol: false);
            json.EndObject();
        }

        var namedProviders = new HashSet<string>(declared.Select(m => m.Value("Provider") ?? string.Empty), StringComparer.OrdinalIgnoreCase);
        var inferred = system.ModelIdentifiers
            .Select(identifier => (identifier.Provider, identifier.ModelId))
            .Distinct()
            .Where(named => !declared.Any(m => string.Equals(m.Value("Provider"), named.Provider, StringComparison.OrdinalIgnoreCase) && m.Value("ModelId") == named.ModelId))
            .OrderBy(named => named.Provider ?? string.Empty, StringComparer.Ordinal)
            .ThenBy(named => named.ModelId, StringComparer.Ordinal)
            .ToList();
        foreach (var (provider, modelId) in inferred)
        {
            namedProviders.Add(provider ?? string.Empty);
            WriteInferred(json, provider, modelId, sdk: null);
        }

        // Whatever a declaration or a named model already says about the calls' provider is not repeated as a guess.
        var anyModelNamed = declared.Count > 0 || system.ModelIdentifiers.Count > 0;
        var reached = system.CallSites
            .Select(site => (site.Provider, site.Sdk))
            .Distinct()
            .Where(call => call.Provider is null ? !anyModelNamed : !namedProviders.Contains(call.Provider))
            .OrderBy(call => call.Provider ?? string.Empty, StringComparer.Ordinal)
            .ThenBy(call => call.Sdk, StringComparer.Ordinal);
        foreach (var (provider, sdk) in reached)
        {
            WriteInferred(json, provider, modelId: null, sdk);
        }

        json.EndArray();
    }

    private static void WriteInferred(JsonWriter json, string? provider, string? modelId, string? sdk)
    {
        json.StartObject();
        json.String("provider", provider);
        json.String("modelId", modelId);
        json.Null("version");
        json.Null("hosting");
        json.Null("supplierAgreement");
        json.Null("modelCardUri");
        json.String("source", "inferred");
        json.String("sdk", sdk);
        json.Null("declaredAt");
        json.EndObject();
    }
}
