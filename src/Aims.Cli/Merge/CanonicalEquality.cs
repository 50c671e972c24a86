using System;
using System.Collections.Generic;
using Aims.Manifest;

namespace Aims.Cli.Merge;

/// <summary>Equality by the manifest text of an entry, for records whose lists compare by reference.</summary>
internal sealed class CanonicalEquality<T> : IEqualityComparer<T>
    where T : notnull
{
    public bool Equals(T? x, T? y) => x is not null && y is not null && string.Equals(ManifestWriter.CanonicalText(x), ManifestWriter.CanonicalText(y), StringComparison.Ordinal);

    public int GetHashCode(T obj) => StringComparer.Ordinal.GetHashCode(ManifestWriter.CanonicalText(obj));
}
