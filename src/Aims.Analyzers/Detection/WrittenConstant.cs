using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Aims.Analyzers.Detection;

/// <summary>
/// A string the code writes where it passes a value (AIMS010, AIMS014): a literal, or a const local or a const field of
/// this project, standing alone as an argument or as the right side of an assignment, implicit conversions aside. The
/// manifest's scan finds exactly these by syntax, so the analyzers and the manifest agree; a const of a referenced
/// assembly, a cast or a concatenation is not followed.
/// </summary>
internal static class WrittenConstant
{
    /// <summary>The non-blank string a value writes as a constant, or null.</summary>
    public static string? Of(IOperation value)
    {
        var written = value.WithoutConversions();
        return !written.IsImplicit && IsStandalone(written.Syntax) && IsFollowed(written) &&
            written.ConstantValue is { HasValue: true, Value: string text } && !string.IsNullOrWhiteSpace(text)
                ? text
                : null;
    }

    /// <summary>Whether an expression is a whole argument or the value an assignment sets.</summary>
    public static bool IsStandalone(SyntaxNode expression) =>
        expression.Parent is ArgumentSyntax || (expression.Parent is AssignmentExpressionSyntax assignment && assignment.Right == expression);

    private static bool IsFollowed(IOperation value) => value switch
    {
        ILiteralOperation => true,
        ILocalReferenceOperation { Local.IsConst: true } => true,
        IFieldReferenceOperation { Field: { IsConst: true } field } => !field.DeclaringSyntaxReferences.IsEmpty,
        _ => false,
    };
}
