using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Aims.Analyzers.CodeFixes;

/// <summary>
/// Adds a governance attribute beside the [AiSystem] a diagnostic is reported on, in the same attribute target (type,
/// member or assembly), with placeholders for what only a person knows.
/// </summary>
public abstract class AddFactAttributeFixProvider : DocumentFixProvider
{
    private readonly string _attribute;

    private protected AddFactAttributeFixProvider(string diagnosticId, string title, string attribute)
        : base(diagnosticId, title) => _attribute = attribute;

    private protected sealed override async Task<Document> FixAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var root = (await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false))!;
        var lists = DiagnosticNodes.Find<AttributeListSyntax>(root, diagnostics);

        var endOfLine = AttributeInsertion.EndOfLineOf(root);
        var edited = root.TrackNodes(lists);
        foreach (var list in lists)
        {
            var current = edited.GetCurrentNode(list)!;
            var indentation = current.GetLeadingTrivia().LastOrDefault() is { } last && last.IsKind(SyntaxKind.WhitespaceTrivia)
                ? SyntaxFactory.TriviaList(last)
                : SyntaxFactory.TriviaList();
            var added = AttributeInsertion.CreateList(_attribute)
                .WithTarget(current.Target)
                .WithLeadingTrivia(indentation)
                .WithTrailingTrivia(endOfLine);
            edited = edited.InsertNodesAfter(current, new[] { added });
        }

        return await EditCleanup.CleanUpAsync(document.WithSyntaxRoot(edited), cancellationToken).ConfigureAwait(false);
    }
}
