using System;
using System.Collections.Generic;
using System.Linq;
using Aims.Manifest.Model;

namespace Aims.Manifest.Build;

/// <summary>
/// A system's models: those declared with [AiModel]; those inferred from a model id its code passes to an AI SDK
/// (AIMS022 records); and, for calls that no model above names, their provider and SDK (provider null when the SDK
/// does not tell, as behind Microsoft.Extensions.AI's IChatClient). Whatever a declaration or a named model already says
/// about the calls' provider is not repeated as a guess.
/// </summary>
internal static class ModelInference
{
    public static IReadOnlyList<ModelEntry> Complete(IReadOnlyList<ModelEntry> declared, IEnumerable<ReportedDiagnostic> namedModels, IEnumerable<CallSite> calls)
    {
        var models = declared.ToList();
        var namedProviders = new HashSet<string>(declared.Select(m => m.Provider ?? string.Empty), StringComparer.OrdinalIgnoreCase);
        var identifiers = namedModels
            .Select(record => (Provider: Property(record, InventoryRecords.Provider), ModelId: Property(record, InventoryRecords.Model)!, Pinned: Property(record, InventoryRecords.Pinned) == "true"))
            .ToList();
        var inferred = identifiers
            .Distinct()
            .Where(named => !declared.Any(m => string.Equals(m.Provider, named.Provider, StringComparison.OrdinalIgnoreCase) && m.ModelId == named.ModelId))
            .OrderBy(named => named.Provider ?? string.Empty, StringComparer.Ordinal)
            .ThenBy(named => named.ModelId, StringComparer.Ordinal);
        foreach (var (provider, modelId, pinned) in inferred)
        {
            namedProviders.Add(provider ?? string.Empty);
            models.Add(Inferred(provider, modelId, pinned, sdk: null));
        }

        var anyModelNamed = declared.Count > 0 || identifiers.Count > 0;
        var reached = calls
            .Select(site => (site.Provider, site.Sdk))
            .Distinct()
            .Where(call => call.Provider is null ? !anyModelNamed : !namedProviders.Contains(call.Provider))
            .OrderBy(call => call.Provider ?? string.Empty, StringComparer.Ordinal)
            .ThenBy(call => call.Sdk ?? string.Empty, StringComparer.Ordinal);
        models.AddRange(reached.Select(call => Inferred(call.Provider, null, null, call.Sdk)));
        return models;
    }

    private static ModelEntry Inferred(string? provider, string? modelId, bool? pinned, string? sdk) =>
        new(provider, modelId, null, null, null, null, ModelEntry.Inferred, pinned, sdk, null);

    private static string? Property(ReportedDiagnostic record, string key) =>
        record.Properties.TryGetValue(key, out var value) ? value : null;
}
