using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;

namespace Aims.Analyzers.CodeFixes;

/// <summary>
/// Adds an attribute to a type declaration the way a person would: after its existing attributes, below its doc
/// comment, at its indentation, with <c>using Aims;</c> added only when the name does not already bind.
/// </summary>
internal static class AttributeInsertion
{
    /// <summary>Parses <paramref name="attributeText"/> (fully qualified, e.g. "global::Aims.AiSystem(...)") into an attribute list.</summary>
    public static AttributeListSyntax CreateList(string attributeText)
    {
        var attribute = SyntaxFactory.ParseCompilationUnit("[" + attributeText + "] class C { }").Members[0].AttributeLists[0].Attributes[0];
        return SyntaxFactory.AttributeList(SyntaxFactory.SingletonSeparatedList(attribute))
            .WithAdditionalAnnotations(Simplifier.Annotation, Simplifier.AddImportsAnnotation, Formatter.Annotation);
    }

    public static TypeDeclarationSyntax AddTo(TypeDeclarationSyntax type, AttributeListSyntax list, SyntaxTrivia endOfLine)
    {
        if (type.AttributeLists.Count > 0)
        {
            var indentation = IndentationOf(type.GetLeadingTrivia().Concat(type.AttributeLists.Last().GetLeadingTrivia()));
            return type.WithAttributeLists(type.AttributeLists.Add(list.WithLeadingTrivia(indentation).WithTrailingTrivia(endOfLine)));
        }

        // The declaration's leading trivia (doc comment, blank lines, indentation) moves above the attribute.
        var leading = type.GetLeadingTrivia();
        return type
            .WithoutLeadingTrivia()
            .WithLeadingTrivia(IndentationOf(leading))
            .WithAttributeLists(SyntaxFactory.SingletonList(list.WithLeadingTrivia(leading).WithTrailingTrivia(endOfLine)));
    }

    public static SyntaxTrivia EndOfLineOf(SyntaxNode root) =>
        root.DescendantTrivia().FirstOrDefault(trivia => trivia.IsKind(SyntaxKind.EndOfLineTrivia)) is { } found && found.IsKind(SyntaxKind.EndOfLineTrivia)
            ? found
            : SyntaxFactory.ElasticCarriageReturnLineFeed;

    private static SyntaxTriviaList IndentationOf(System.Collections.Generic.IEnumerable<SyntaxTrivia> trivia) =>
        trivia.LastOrDefault() is { } last && last.IsKind(SyntaxKind.WhitespaceTrivia) ? SyntaxFactory.TriviaList(last) : SyntaxFactory.TriviaList();
}
