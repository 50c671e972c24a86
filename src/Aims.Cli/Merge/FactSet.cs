using System;
using System.Collections.Generic;
using System.Linq;
using Aims.Manifest;
using Aims.Manifest.Model;
using Aims.Manifest.Vocabulary;

namespace Aims.Cli.Merge;

/// <summary>
/// The union of one kind of fact across manifests: equal facts (the same JSON) are kept once, and the result is in an
/// order that does not depend on the order the manifests were read in.
/// </summary>
internal sealed class FactSet<T>(Func<T, string> sortKey, Func<T, SourceLocation?> location)
    where T : notnull
{
    private readonly Dictionary<string, T> _facts = new(StringComparer.Ordinal);

    public void AddRange(IEnumerable<T> facts)
    {
        foreach (var fact in facts)
        {
            _facts.TryAdd(ManifestWriter.CanonicalText(fact), fact);
        }
    }

    /// <summary>The facts, less the copies read from the metadata of an assembly whose own manifest was merged.</summary>
    public IReadOnlyList<T> ToList(ISet<string> mergedAssemblies) => _facts
        .Where(fact => location(fact.Value) is not { IsMetadataCopy: true } copy || !mergedAssemblies.Contains(copy.Assembly!))
        .OrderBy(fact => sortKey(fact.Value), StringComparer.Ordinal)
        .ThenBy(fact => fact.Key, StringComparer.Ordinal)
        .Select(fact => fact.Value)
        .ToList();
}
