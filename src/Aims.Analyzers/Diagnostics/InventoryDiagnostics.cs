using System.Collections.Immutable;
using System.Globalization;
using Aims.Analyzers.Detection;
using Aims.Manifest.Build;
using Aims.Manifest.Vocabulary;
using Microsoft.CodeAnalysis;

namespace Aims.Analyzers.Diagnostics;

/// <summary>
/// The inventory records as diagnostics: the message for people reading a build log, the properties
/// (<see cref="InventoryRecords"/>) for the task that writes the manifest from the compiler's error log.
/// </summary>
internal static class InventoryDiagnostics
{
    public static Diagnostic CallSite(Location location, string callingMember, string calledMember, string sdk, string? provider, string kind, bool bound, string? systemId)
    {
        var properties = ImmutableDictionary.CreateBuilder<string, string?>();
        properties.Add(InventoryRecords.CallingMember, callingMember);
        properties.Add(InventoryRecords.CalledMember, calledMember);
        properties.Add(InventoryRecords.Sdk, sdk);
        properties.Add(InventoryRecords.Kind, kind);
        properties.Add(InventoryRecords.Bound, bound ? "true" : "false");
        AddProviderAndSystem(properties, provider, systemId);

        return Diagnostic.Create(RuleTable.AiCallRecord.Descriptor, location, properties.ToImmutable(), callingMember, calledMember, sdk, Coverage(systemId));
    }

    public static Diagnostic Model(Location location, string callingMember, string modelId, string? provider, bool pinned, string? systemId)
    {
        var properties = ImmutableDictionary.CreateBuilder<string, string?>();
        properties.Add(InventoryRecords.Model, modelId);
        properties.Add(InventoryRecords.Pinned, pinned ? "true" : "false");
        AddProviderAndSystem(properties, provider, systemId);

        return Diagnostic.Create(RuleTable.ModelRecord.Descriptor, location, properties.ToImmutable(), callingMember, modelId, provider ?? "provider not known", Coverage(systemId));
    }

    public static Diagnostic Tool(Location location, string handingMember, string sdk, string handedBy, ToolExposure tool, string described, string? systemId)
    {
        var properties = ImmutableDictionary.CreateBuilder<string, string?>();
        properties.Add(InventoryRecords.CallingMember, handingMember);
        properties.Add(InventoryRecords.Sdk, sdk);
        properties.Add(InventoryRecords.HandedBy, handedBy);
        properties.Add(InventoryRecords.ToolKind, tool.Kind.ToString());
        properties.Add(InventoryRecords.Effect, tool.Effect.ToString());
        properties.Add(InventoryRecords.ApprovalRequired, tool.ApprovalRequired ? "true" : "false");
        AddIfKnown(properties, InventoryRecords.ToolName, tool.Name);
        AddIfKnown(properties, InventoryRecords.Implementation, tool.Implementation);
        AddIfKnown(properties, InventoryRecords.EffectBasis, tool.EffectBasis);
        AddProviderAndSystem(properties, null, systemId);

        var effect = tool.Effect switch
        {
            AiToolEffect.Acting => $"it acts ({tool.EffectBasis})",
            AiToolEffect.ReadOnly => $"it only reads ({tool.EffectBasis})",
            _ => "what it does is not known",
        };
        return Diagnostic.Create(RuleTable.ToolRecord.Descriptor, location, properties.ToImmutable(), handingMember, described, handedBy, effect, Coverage(systemId));
    }

    public static Diagnostic Completed(string assemblyName, int callSites)
    {
        var properties = ImmutableDictionary.CreateBuilder<string, string?>();
        properties.Add(InventoryRecords.Assembly, assemblyName);
        properties.Add(InventoryRecords.CallSites, callSites.ToString(CultureInfo.InvariantCulture));
        return Diagnostic.Create(RuleTable.InventoryCompleted.Descriptor, Location.None, properties.ToImmutable(), assemblyName, callSites);
    }

    private static void AddIfKnown(ImmutableDictionary<string, string?>.Builder properties, string key, string? value)
    {
        if (value is not null)
        {
            properties.Add(key, value);
        }
    }

    // Only null leaves a key out (nothing known); an empty system id stays, for a call covered by a system of unknown id.
    private static void AddProviderAndSystem(ImmutableDictionary<string, string?>.Builder properties, string? provider, string? systemId)
    {
        if (provider is not null)
        {
            properties.Add(InventoryRecords.Provider, provider);
        }

        if (systemId is not null)
        {
            properties.Add(InventoryRecords.System, systemId);
        }
    }

    private static string Coverage(string? systemId) =>
        systemId is null ? "not covered by any AI system" : $"covered by AI system '{systemId}'";
}
