using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Aims.Analyzers.CodeFixes;

/// <summary>
/// Fix-all for AIMS001 in a document, project or solution: one attribute per type, and new ids unique across the
/// whole batch, since same-named types in different files would otherwise both take the same id (AIMS006).
/// </summary>
internal sealed class DeclareAiSystemFixAllProvider : FixAllProvider
{
    public static readonly DeclareAiSystemFixAllProvider Instance = new();

    public override IEnumerable<FixAllScope> GetSupportedFixAllScopes() =>
        new[] { FixAllScope.Document, FixAllScope.Project, FixAllScope.Solution };

    public override Task<CodeAction?> GetFixAsync(FixAllContext context)
    {
        if (context.CodeActionEquivalenceKey is not { } key)
        {
            return Task.FromResult<CodeAction?>(null);
        }

        return Task.FromResult<CodeAction?>(CodeAction.Create(
            "Fix all AIMS001",
            cancellationToken => FixAsync(context, key, cancellationToken),
            key));
    }

    private static async Task<Solution> FixAsync(FixAllContext context, string key, CancellationToken cancellationToken)
    {
        var solution = context.Solution;
        var projects = context.Scope switch
        {
            FixAllScope.Solution => context.Solution.Projects,
            FixAllScope.Project => new[] { context.Project },
            _ => new[] { context.Document!.Project },
        };

        foreach (var project in projects.OrderBy(p => p.FilePath ?? p.Name, System.StringComparer.Ordinal))
        {
            var diagnostics = context.Scope == FixAllScope.Document
                ? await context.GetDocumentDiagnosticsAsync(context.Document!).ConfigureAwait(false)
                : await context.GetAllDiagnosticsAsync(project).ConfigureAwait(false);
            var taken = await DeclareAiSystemCodeFixProvider.TakenIdsAsync(project, cancellationToken).ConfigureAwait(false);

            foreach (var group in diagnostics.Where(d => d.Location.IsInSource).GroupBy(d => d.Location.SourceTree!).OrderBy(g => g.Key.FilePath, System.StringComparer.Ordinal))
            {
                var document = solution.GetDocument(group.Key);
                if (document is null || await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false) is not { } root)
                {
                    continue;
                }

                var types = group
                    .Select(diagnostic => DeclareAiSystemCodeFixProvider.TargetType(root, diagnostic))
                    .OfType<TypeDeclarationSyntax>()
                    .Distinct()
                    .OrderBy(type => type.SpanStart)
                    .ToList();
                if (types.Count > 0)
                {
                    var fixedDocument = await DeclareAiSystemCodeFixProvider.ApplyAsync(document, types, key, taken, cancellationToken).ConfigureAwait(false);
                    solution = fixedDocument.Project.Solution;
                }
            }
        }

        return solution;
    }
}
