using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Aims.Analyzers.Diagnostics;
using Aims.Manifest.Vocabulary;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis;

namespace Aims.Analyzers.Detection;

/// <summary>
/// An invocation that does not bind (code written for another version of an SDK, or not finished yet) is still AI usage
/// when what it names is: a member it could have bound to that is an AI call or, when it names no member at all, a
/// receiver that is an AI client (<see cref="ModelCallDetector.MatchUnbound"/>). A receiver of unknown type tells nothing.
/// A name that no catalogue row lists counts only in a file that imports an AI SDK (<see cref="SdkImports"/>).
/// </summary>
internal static class UnboundCall
{
    public static ModelCallSite? Find(IInvalidOperation operation, ModelCallDetector detector, CancellationToken cancellationToken)
    {
        // The innermost invalid node of the invocation only: one that wraps the call, bound or not, is not the call.
        if (operation.Syntax is not InvocationExpressionSyntax invocation ||
            operation.SemanticModel is not { } semanticModel ||
            operation.ChildOperations.Any(child => child.Syntax == invocation) ||
            ExpressionTrees.Contain(operation))
        {
            return null;
        }

        var symbolInfo = semanticModel.GetSymbolInfo(invocation, cancellationToken);
        var candidates = symbolInfo.Symbol is { } symbol ? ImmutableArray.Create(symbol) : symbolInfo.CandidateSymbols;
        if (!candidates.IsEmpty)
        {
            // The call names members: it is AI usage only if one of them is (raw HTTP also needs a bound URL).
            foreach (var candidate in candidates.OfType<IMethodSymbol>())
            {
                if (detector.Match(candidate) is { } match && match.Kind != AiCallKind.HttpEndpoint)
                {
                    return new ModelCallSite(SymbolNames.Callee(candidate), match, match.Sdk, match.Provider, Bound: false);
                }
            }

            return null;
        }

        // A call that names no member at all (one that names a property or field is not a call to the client), by a
        // catalogued name or in a file that imports an AI SDK (see SdkImports).
        if (ReceiverOf(invocation) is not { } receiver ||
            CallSyntax.SimpleName(invocation) is not { } name ||
            semanticModel.GetTypeInfo(receiver, cancellationToken).Type is not { TypeKind: not TypeKind.Error } receiverType ||
            detector.MatchUnbound(receiverType, name) is not { } byReceiver ||
            !semanticModel.LookupSymbols(invocation.SpanStart, receiverType, name).IsEmpty ||
            (!detector.ListsMember(name) && !(IsNamed(receiver) && detector.Imports.In(invocation.SyntaxTree, cancellationToken))))
        {
            return null;
        }

        return new ModelCallSite(SymbolNames.Callee(receiverType, name), byReceiver, byReceiver.Sdk, byReceiver.Provider, Bound: false);
    }

    /// <summary>The expression a call is made on: <c>a</c> in <c>a.M()</c> and in <c>a?.M()</c>; null for <c>M()</c>.</summary>
    public static ExpressionSyntax? ReceiverOf(InvocationExpressionSyntax invocation)
    {
        switch (invocation.Expression)
        {
            case MemberAccessExpressionSyntax access:
                return access.Expression;
            case MemberBindingExpressionSyntax:
                for (var node = invocation.Parent; node is not null; node = node.Parent)
                {
                    if (node is ConditionalAccessExpressionSyntax conditional && conditional.WhenNotNull.Span.Contains(invocation.Span))
                    {
                        return conditional.Expression;
                    }
                }

                return null;
            default:
                return null;
        }
    }

    /// <summary>A receiver that is a name: a local, parameter, field, property or type, <c>this</c>, or a chain of those.</summary>
    public static bool IsNamed(ExpressionSyntax receiver) => receiver switch
    {
        IdentifierNameSyntax or ThisExpressionSyntax => true,
        MemberAccessExpressionSyntax { Name: IdentifierNameSyntax } access => IsNamed(access.Expression),
        _ => false,
    };
}
