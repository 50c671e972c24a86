using System.Collections.Immutable;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace Aims.Analyzers.CodeFixes;

/// <summary>
/// A fix for one rule that edits a document for any number of its diagnostics at once: the single fix and the fix-all
/// (document, project, solution) run the same code, so a batch never merges conflicting edits.
/// </summary>
public abstract class DocumentFixProvider : CodeFixProvider
{
    private protected DocumentFixProvider(string diagnosticId, string title)
    {
        FixableDiagnosticIds = ImmutableArray.Create(diagnosticId);
        Title = title;
    }

    public sealed override ImmutableArray<string> FixableDiagnosticIds { get; }

    /// <summary>The action's title; also its equivalence key, with the rule id.</summary>
    public string Title { get; }

    public sealed override FixAllProvider GetFixAllProvider() =>
        FixAllProvider.Create((context, document, diagnostics) => FixAsync(document, diagnostics, context.CancellationToken)!);

    public sealed override Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in context.Diagnostics)
        {
            context.RegisterCodeFix(
                CodeAction.Create(Title, cancellationToken => FixAsync(context.Document, ImmutableArray.Create(diagnostic), cancellationToken), FixableDiagnosticIds[0]),
                diagnostic);
        }

        return Task.CompletedTask;
    }

    private protected abstract Task<Document> FixAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken);
}
