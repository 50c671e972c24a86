using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace Aims.Analyzers.Detection;

/// <summary>
/// A set of namespaces, and whether a compilation or its references may declare types in one of them, read from the set
/// of namespace names the compiler keeps per assembly: the cheap first answer to "is an AI SDK here at all?". That set
/// holds simple names, so a namespace can exist in an assembly only if every one of its segments is in it; a yes is
/// confirmed by looking types up, a no is final.
/// </summary>
internal sealed class ReferencedNamespaces
{
    private readonly ImmutableArray<string[]> _segments;

    public ReferencedNamespaces(IEnumerable<string> namespaces) =>
        _segments = namespaces.Distinct().Select(ns => ns.Split('.')).ToImmutableArray();

    public bool AnyIn(Compilation compilation) =>
        MayDeclare(compilation.Assembly) || compilation.SourceModule.ReferencedAssemblySymbols.Any(MayDeclare);

    private bool MayDeclare(IAssemblySymbol assembly)
    {
        var names = assembly.NamespaceNames;
        return _segments.Any(segments => segments.All(names.Contains));
    }
}
