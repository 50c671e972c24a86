using System;
using System.Collections.Generic;
using System.Linq;
using Aims.Manifest.Catalog;
using Aims.Manifest.Vocabulary;
using Microsoft.CodeAnalysis;

namespace Aims.Analyzers.Detection;

/// <summary>
/// The catalogue's rows by the namespace of their type (raw HTTP aside): the namespaces that hold AI clients, and in
/// each the first row that lists a member name. Built on first use, which only a call that did not bind, or the scan
/// of a compilation that references an AI SDK, makes.
/// </summary>
internal static class CatalogNamespaces
{
    private static readonly Dictionary<string, Dictionary<string, AiSdkEntry>> Rows = Build();

    public static IEnumerable<string> All => Rows.Keys;

    public static AiSdkEntry? RowListing(INamespaceSymbol? ns, string name) =>
        ns is not null && Rows.TryGetValue(ns.ToDisplayString(), out var members) && members.TryGetValue(name, out var entry) ? entry : null;

    private static Dictionary<string, Dictionary<string, AiSdkEntry>> Build()
    {
        var rows = new Dictionary<string, Dictionary<string, AiSdkEntry>>(StringComparer.Ordinal);
        foreach (var entry in AiSdkCatalog.Entries.Where(entry => entry.Kind != AiCallKind.HttpEndpoint))
        {
            var ns = entry.TypeMetadataName.Substring(0, entry.TypeMetadataName.LastIndexOf('.'));
            if (!rows.TryGetValue(ns, out var members))
            {
                members = new Dictionary<string, AiSdkEntry>(StringComparer.Ordinal);
                rows.Add(ns, members);
            }

            foreach (var member in entry.Members.Where(member => !members.ContainsKey(member)))
            {
                members.Add(member, entry);
            }
        }

        return rows;
    }
}
