using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using System.Threading;
using System;
using Aims.Analyzers.Declarations;
using Aims.Manifest.Vocabulary;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis;

namespace Aims.Analyzers.CodeFixes;

/// <summary>
/// Gives the attribute a diagnostic is reported on the named arguments it lacks, as placeholders: added when missing,
/// replaced when blank, left alone when written.
/// </summary>
public abstract class AddNamedArgumentsFixProvider : DocumentFixProvider
{
    private readonly (string Name, string Placeholder)[] _arguments;

    private protected AddNamedArgumentsFixProvider(string diagnosticId, string title, params (string Name, string Placeholder)[] arguments)
        : base(diagnosticId, title) => _arguments = arguments;

    private protected sealed override async Task<Document> FixAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var root = (await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false))!;
        var attributes = DiagnosticNodes.Find<AttributeSyntax>(root, diagnostics);

        var edited = root.ReplaceNodes(attributes, (original, _) => WithPlaceholders(original));
        return document.WithSyntaxRoot(edited);
    }

    private AttributeSyntax WithPlaceholders(AttributeSyntax attribute)
    {
        var list = attribute.ArgumentList ?? SyntaxFactory.AttributeArgumentList();
        foreach (var (name, placeholder) in _arguments)
        {
            var value = SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(placeholder));
            var existing = list.Arguments.FirstOrDefault(argument => argument.NameEquals?.Name.Identifier.ValueText == name);
            if (existing is null)
            {
                var argument = SyntaxFactory.AttributeArgument(SyntaxFactory.NameEquals(name), null, value);
                list = list.WithArguments(list.Arguments.Count == 0
                    ? SyntaxFactory.SingletonSeparatedList(argument)
                    : list.Arguments.Add(argument.WithLeadingTrivia(SyntaxFactory.Space)));
            }
            else if (existing.Expression is LiteralExpressionSyntax { Token.Value: string text } && GovernanceValueRules.IsBlank(text))
            {
                list = list.ReplaceNode(existing, existing.WithExpression(value.WithTriviaFrom(existing.Expression)));
            }
        }

        return attribute.WithArgumentList(list);
    }
}
