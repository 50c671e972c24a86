using System.Threading;
using Microsoft.CodeAnalysis;

namespace Aims.Analyzers.Generator;

internal static class EnclosingMember
{
    /// <summary>The member a node is in, seen through lambdas and local functions (what an operation action's ContainingSymbol is).</summary>
    public static ISymbol? Of(SemanticModel semanticModel, SyntaxNode node, CancellationToken cancellationToken)
    {
        var symbol = semanticModel.GetEnclosingSymbol(node.SpanStart, cancellationToken);
        while (symbol is IMethodSymbol { MethodKind: MethodKind.AnonymousFunction or MethodKind.LocalFunction })
        {
            symbol = symbol.ContainingSymbol;
        }

        return symbol;
    }
}
