using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Aims.Analyzers.Detection;

/// <summary>What a method of the project returns, read from its one declaration, in whichever file it is.</summary>
internal static class SourceMethods
{
    /// <summary>The value of every return of a method declared once in source with a body, or default when it is not.</summary>
    public static ImmutableArray<IOperation> ReturnedValues(IMethodSymbol method, Compilation compilation, CancellationToken cancellationToken)
    {
        if (method.DeclaringSyntaxReferences.Length != 1 ||
            method.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is not MethodDeclarationSyntax declaration ||
            (declaration.Body ?? (SyntaxNode?)declaration.ExpressionBody) is not { } body ||
            SemanticModels.Of(compilation, declaration.SyntaxTree).GetOperation(body, cancellationToken) is not { } operation)
        {
            return default;
        }

        var values = ImmutableArray.CreateBuilder<IOperation>();
        var pending = new Stack<IOperation>();
        pending.Push(operation);
        while (pending.Count > 0)
        {
            var current = pending.Pop();
            if (current is IReturnOperation ret)
            {
                if (ret.ReturnedValue is null)
                {
                    return default;
                }

                values.Add(ret.ReturnedValue);
                continue;
            }

            foreach (var child in current.ChildOperations)
            {
                // The returns of a lambda or a local function are theirs, not the method's.
                if (child is not (IAnonymousFunctionOperation or ILocalFunctionOperation))
                {
                    pending.Push(child);
                }
            }
        }

        return values.ToImmutable();
    }
}
