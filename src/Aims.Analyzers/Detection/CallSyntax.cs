using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Aims.Analyzers.Detection;

/// <summary>The syntactic shape of a call: invocations, object creations and method groups, and the simple name they use.</summary>
internal static class CallSyntax
{
    public static bool IsCall(SyntaxNode node) => node switch
    {
        InvocationExpressionSyntax or BaseObjectCreationExpressionSyntax => true,
        // A method group: a member access that is neither invoked nor the receiver of a further access.
        MemberAccessExpressionSyntax access => access.Parent is not InvocationExpressionSyntax and not MemberAccessExpressionSyntax,
        _ => false,
    };

    /// <summary>The name a call uses: the method's simple name, or the type's for an explicit creation; null for <c>new(...)</c>.</summary>
    public static string? SimpleName(SyntaxNode node)
    {
        var expression = node switch
        {
            InvocationExpressionSyntax invocation => invocation.Expression,
            ObjectCreationExpressionSyntax creation => creation.Type,
            _ => node as ExpressionSyntax,
        };

        return expression switch
        {
            MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
            MemberBindingExpressionSyntax binding => binding.Name.Identifier.ValueText,
            SimpleNameSyntax simple => simple.Identifier.ValueText,
            QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
            AliasQualifiedNameSyntax aliased => aliased.Name.Identifier.ValueText,
            _ => null,
        };
    }
}
