using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace Aims.Analyzers.CodeFixes;

/// <summary>The distinct syntax nodes of a kind that a batch of diagnostics is reported on, or sits inside.</summary>
internal static class DiagnosticNodes
{
    public static List<TNode> Find<TNode>(SyntaxNode root, ImmutableArray<Diagnostic> diagnostics)
        where TNode : SyntaxNode =>
        diagnostics
            .Select(diagnostic => root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true).FirstAncestorOrSelf<TNode>())
            .OfType<TNode>()
            .Distinct()
            .ToList();
}
