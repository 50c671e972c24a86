using System.Collections.Generic;
using System.Threading;
using Aims.Analyzers.Declarations;
using Aims.Analyzers.Diagnostics;
using Aims.Analyzers.Model;
using Microsoft.CodeAnalysis;

namespace Aims.Analyzers.Detection;

/// <summary>Turns an AI call at an operation into a plain <see cref="CallSiteModel"/>, with the system that covers it.</summary>
internal static class CallSiteReader
{
    /// <summary>The call's model, or null when the operation is no AI call or is the implementation of a declared model call.</summary>
    public static CallSiteModel? Read(IOperation operation, ISymbol containingMember, ModelCallDetector detector, CoverageResolver coverage, CancellationToken cancellationToken)
    {
        if (ModelCallSite.Find(operation, detector, cancellationToken) is not { } site)
        {
            return null;
        }

        var covered = coverage.Resolve(operation, containingMember);
        if (covered.Kind == CallSiteCoverageKind.ModelCallImplementation)
        {
            return null;
        }

        return new CallSiteModel(
            AttributeUseReader.LocationOf(operation.Syntax, cancellationToken),
            SymbolNames.Caller(containingMember),
            site.Callee,
            site.Sdk,
            site.Provider?.Name,
            site.Match.Kind,
            site.Bound,
            covered.Kind == CallSiteCoverageKind.Covered ? covered.SystemId ?? string.Empty : null,
            ContainerIds(containingMember));
    }

    /// <summary>The documentation-comment ids of a member and of its containing types, innermost first (accessors also by their property).</summary>
    private static EquatableArray<string> ContainerIds(ISymbol member)
    {
        var ids = new List<string>();
        for (var symbol = member; symbol is IMethodSymbol or IPropertySymbol or IFieldSymbol or IEventSymbol or INamedTypeSymbol; symbol = symbol.ContainingSymbol)
        {
            var target = symbol is IMethodSymbol { AssociatedSymbol: { } associated } ? associated : symbol;
            if (DocumentationCommentId.CreateDeclarationId(target) is { } id)
            {
                ids.Add(id);
            }

            if (!SymbolEqualityComparer.Default.Equals(target, symbol) && DocumentationCommentId.CreateDeclarationId(symbol) is { } accessorId)
            {
                ids.Add(accessorId);
            }
        }

        return ids.ToEquatableArray();
    }
}
