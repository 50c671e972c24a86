using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Aims.Analyzers.Detection;

/// <summary>
/// Whether a file imports an AI SDK: a using directive of its own, or a global one anywhere in the compilation, names the
/// namespace of a catalogue row, one inside it or one that holds it (<c>using OpenAI;</c>). A call that binds to nothing,
/// by a name no row lists, is known by its receiver only in such files: the generator must bind receivers to find those
/// calls, and binds them only there, so that a project pays for its files that use AI and not for the others.
/// </summary>
internal sealed class SdkImports
{
    private readonly Compilation _compilation;

    // 0 until looked up; then 1 (no global using imports an SDK) or 2. Racing lookups find the same answer.
    private int _global;

    public SdkImports(Compilation compilation) => _compilation = compilation;

    public bool In(SyntaxTree tree, CancellationToken cancellationToken)
    {
        if (UsingsOf(tree.GetRoot(cancellationToken)).Any(Imports))
        {
            return true;
        }

        if (_global == 0)
        {
            _global = _compilation.SyntaxTrees.Any(other => UsingsOf(other.GetRoot(cancellationToken)).Any(directive => directive.GlobalKeyword.IsKind(SyntaxKind.GlobalKeyword) && Imports(directive))) ? 2 : 1;
        }

        return _global == 2;
    }

    private static IEnumerable<UsingDirectiveSyntax> UsingsOf(SyntaxNode root)
    {
        if (root is not CompilationUnitSyntax unit)
        {
            return Enumerable.Empty<UsingDirectiveSyntax>();
        }

        return unit.Usings.Concat(NamespacesIn(unit.Members).SelectMany(ns => ns.Usings));
    }

    private static IEnumerable<BaseNamespaceDeclarationSyntax> NamespacesIn(SyntaxList<MemberDeclarationSyntax> members)
    {
        foreach (var ns in members.OfType<BaseNamespaceDeclarationSyntax>())
        {
            yield return ns;
            foreach (var nested in NamespacesIn(ns.Members))
            {
                yield return nested;
            }
        }
    }

    private static bool Imports(UsingDirectiveSyntax directive)
    {
        const string GlobalAlias = "global::";
        var name = directive.Name?.ToString();
        if (name is not null && name.StartsWith(GlobalAlias, StringComparison.Ordinal))
        {
            name = name.Substring(GlobalAlias.Length);
        }

        return name is not null && CatalogNamespaces.All.Any(ns =>
            ns.Equals(name, StringComparison.Ordinal) || IsWithin(ns, name) || IsWithin(name, ns));
    }

    private static bool IsWithin(string name, string ns) =>
        name.Length > ns.Length && name[ns.Length] == '.' && name.StartsWith(ns, StringComparison.Ordinal);
}
