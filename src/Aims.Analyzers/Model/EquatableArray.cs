using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Immutable;

namespace Aims.Analyzers.Model;

/// <summary>
/// An immutable array with value equality, so that incremental pipeline models compare by content. A class, not a
/// struct: the generator driver's tables over a reference type share the compiler's precompiled code, where a struct
/// would make every build compile the driver's generic code afresh for it.
/// </summary>
internal sealed class EquatableArray<T> : IEquatable<EquatableArray<T>>, IReadOnlyList<T>
    where T : IEquatable<T>?
{
    private readonly ImmutableArray<T> _items;

    public EquatableArray(ImmutableArray<T> items) => _items = items.IsDefault ? ImmutableArray<T>.Empty : items;

    public static EquatableArray<T> Empty { get; } = new(ImmutableArray<T>.Empty);

    public ImmutableArray<T> AsImmutableArray() => _items;

    public int Length => _items.Length;

    public bool IsEmpty => _items.IsEmpty;

    int IReadOnlyCollection<T>.Count => _items.Length;

    public T this[int index] => _items[index];

    public bool Equals(EquatableArray<T>? other)
    {
        if (other is null || _items.Length != other._items.Length)
        {
            return false;
        }

        for (var i = 0; i < _items.Length; i++)
        {
            if (!EqualityComparer<T>.Default.Equals(_items[i], other._items[i]))
            {
                return false;
            }
        }

        return true;
    }

    public override bool Equals(object? obj) => obj is EquatableArray<T> other && Equals(other);

    public override int GetHashCode()
    {
        var hash = 17;
        foreach (var item in _items)
        {
            hash = unchecked((hash * 31) + (item?.GetHashCode() ?? 0));
        }

        return hash;
    }

    public ImmutableArray<T>.Enumerator GetEnumerator() => _items.GetEnumerator();

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => ((IEnumerable<T>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable)_items).GetEnumerator();
}

internal static class EquatableArray
{
    public static EquatableArray<T> ToEquatableArray<T>(this IEnumerable<T> items)
        where T : IEquatable<T>? => new(ImmutableArray.CreateRange(items));
}
