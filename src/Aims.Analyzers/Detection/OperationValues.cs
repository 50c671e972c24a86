using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Aims.Analyzers.Detection;

internal static class OperationValues
{
    /// <summary>The value under any implicit or explicit conversions (a string converted to Uri, Model or object).</summary>
    public static IOperation WithoutConversions(this IOperation value)
    {
        while (value is IConversionOperation conversion)
        {
            value = conversion.Operand;
        }

        return value;
    }

    /// <summary>What a call is made on: its instance, or the first argument of an extension method (<c>client.PostAsJsonAsync(...)</c>).</summary>
    public static IOperation? ReceiverOf(IInvocationOperation call) =>
        call.Instance ?? (call.TargetMethod.IsExtensionMethod ? call.Arguments.FirstOrDefault(a => a.Parameter?.Ordinal == 0)?.Value : null);

    /// <summary>The initial value of a local declared once in the tree being analysed, or null.</summary>
    public static IOperation? InitializerOf(ILocalReferenceOperation local, CancellationToken cancellationToken)
    {
        var references = local.Local.DeclaringSyntaxReferences;
        if (references.Length != 1 || local.SemanticModel is not { } semanticModel)
        {
            return null;
        }

        var declarator = references[0].GetSyntax(cancellationToken);
        if (declarator.SyntaxTree != semanticModel.SyntaxTree)
        {
            return null;
        }

        return semanticModel.GetOperation(declarator, cancellationToken) is IVariableDeclaratorOperation { Initializer.Value: var initialValue }
            ? initialValue
            : null;
    }

    /// <summary>The initial value of a local that nothing in its method (or top-level program) assigns again, or null.</summary>
    public static IOperation? OnlyValueOf(ILocalReferenceOperation local, CancellationToken cancellationToken)
    {
        if (InitializerOf(local, cancellationToken) is not { } initial)
        {
            return null;
        }

        var scope = initial.Syntax.FirstAncestorOrSelf<SyntaxNode>(node => node is BaseMethodDeclarationSyntax or LocalFunctionStatementSyntax or AnonymousFunctionExpressionSyntax or AccessorDeclarationSyntax or CompilationUnitSyntax);
        var name = local.Local.Name;
        var reassigned = scope is null || scope.DescendantNodes().Any(node =>
            (node is AssignmentExpressionSyntax { Left: IdentifierNameSyntax left } && left.Identifier.ValueText == name) ||
            (node is ArgumentSyntax { RefKindKeyword.ValueText: "ref" or "out", Expression: IdentifierNameSyntax passed } && passed.Identifier.ValueText == name));
        return reassigned ? null : initial;
    }
}
