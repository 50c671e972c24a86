using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using Aims.Cli.Output;

namespace Aims.Cli.Bom;

/// <summary>
/// The dependencies of a CycloneDX AI-BOM: the application on its assemblies, systems, the services its undeclared
/// calls reach and the AI-calling libraries that supply no system; each system also on the libraries that supply it; each assembly on the systems it declares; each system on its models, data and services; and a model
/// hosted as an API on its provider's service.
/// </summary>
internal static class CycloneDxDependencies
{
    public static void Write(Utf8JsonWriter json, BomInventory bom)
    {
        var sources = (bom.Manifest.Sources ?? []).Select(s => s.Name).ToHashSet(StringComparer.Ordinal);
        var bySource = bom.Systems
            .Where(s => s.System.DeclaredIn is { } declaredIn && sources.Contains(declaredIn))
            .ToLookup(s => s.System.DeclaredIn!, s => s.Ref);
        var rootDependsOn = sources.Order(StringComparer.Ordinal).Select(CycloneDxComponents.SourceRef)
            .Concat(bom.Systems.Where(s => !bySource.Contains(s.System.DeclaredIn ?? "")).Select(s => s.Ref))
            .Concat(bom.UndeclaredServiceRefs)
            .Concat(bom.Dependencies.Where(d => !SuppliesASystem(bom, d)).Select(d => d.Ref))
            .Distinct()
            .ToList();

        json.WriteStartArray("dependencies");
        WriteDependency(json, bom.RootRef, rootDependsOn);
        foreach (var source in sources.Order(StringComparer.Ordinal))
        {
            WriteDependency(json, CycloneDxComponents.SourceRef(source), [.. bySource[source]]);
        }

        foreach (var system in bom.Systems)
        {
            var supplied = bom.Dependencies.Where(d => d.Dependency.SupplierOf.Contains(system.System.Id)).Select(d => d.Ref);
            WriteDependency(json, system.Ref, [.. system.Models.Select(m => m.Ref), .. system.Data.Select(d => d.Ref), .. system.ServiceRefs, .. supplied]);
            foreach (var model in system.Models.Where(m => m.ServiceRef is not null))
            {
                WriteDependency(json, model.Ref, [model.ServiceRef!]);
            }
        }

        json.WriteEndArray();
    }

    /// <summary>A dependency hangs under the systems it supplies; one that supplies none hangs under the application.</summary>
    private static bool SuppliesASystem(BomInventory bom, BomDependency dependency) =>
        bom.Systems.Any(system => dependency.Dependency.SupplierOf.Contains(system.System.Id));

    private static void WriteDependency(Utf8JsonWriter json, string reference, IReadOnlyList<string> dependsOn)
    {
        json.WriteStartObject();
        json.WriteText("ref", reference);
        json.WriteStartArray("dependsOn");
        foreach (var target in dependsOn)
        {
            json.WriteTextValue(target);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }
}
