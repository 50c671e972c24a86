using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Aims.Analyzers.Detection;

/// <summary>
/// Whether an operation sits inside a lambda that is converted to an expression tree (a mocking setup, an IQueryable
/// query): there it is data describing a call, not a call.
/// </summary>
internal static class ExpressionTrees
{
    public static bool Contain(IOperation operation)
    {
        // Lambdas nested in an expression tree convert to delegate types, so every enclosing lambda is checked.
        for (var current = operation.Parent; current is not null; current = current.Parent)
        {
            if (current is IAnonymousFunctionOperation { Parent.Type: { } target } && IsLambdaExpression(target))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsLambdaExpression(ITypeSymbol type)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (current is { Name: "LambdaExpression", ContainingNamespace: { Name: "Expressions", ContainingNamespace: { Name: "Linq", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } } } })
            {
                return true;
            }
        }

        return false;
    }
}
