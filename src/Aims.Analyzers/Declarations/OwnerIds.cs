using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Aims.Analyzers.Model;

namespace Aims.Analyzers.Declarations;

/// <summary>
/// Stable ids of a symbol and of everything that contains it, innermost first, ending with the assembly: the keys by
/// which a fact finds the system declared or joined on its nearest enclosing symbol. Members and types use their
/// documentation-comment id; local functions and lambdas, which have none, their containing member's id and position.
/// </summary>
internal static class OwnerIds
{
    public static EquatableArray<string> Of(ISymbol symbol)
    {
        var ids = new List<string>();
        for (var current = symbol; current is not null and not INamespaceSymbol and not IModuleSymbol; current = current.ContainingSymbol)
        {
            if (current is IAssemblySymbol)
            {
                break;
            }

            ids.Add(IdOf(current));
        }

        ids.Add(AttributeUseModel.AssemblyOwnerId);
        return ids.ToEquatableArray();
    }

    public static string IdOf(ISymbol symbol)
    {
        if (symbol is IAssemblySymbol)
        {
            return AttributeUseModel.AssemblyOwnerId;
        }

        if (symbol is IMethodSymbol { MethodKind: MethodKind.LocalFunction or MethodKind.AnonymousFunction } function)
        {
            var position = function.Locations.Length > 0 ? function.Locations[0].SourceSpan.Start : 0;
            var container = function.ContainingSymbol is { } containing ? IdOf(containing) : string.Empty;
            return $"{container}#{(function.MethodKind == MethodKind.LocalFunction ? function.Name : "lambda")}@{position}";
        }

        return DocumentationCommentId.CreateDeclarationId(symbol) ?? symbol.ToDisplayString();
    }
}
