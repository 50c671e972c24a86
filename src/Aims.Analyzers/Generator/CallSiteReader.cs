using System.Threading;
using Aims.Analyzers.Declarations;
using Aims.Analyzers.Detection;
using Aims.Analyzers.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Aims.Analyzers.Generator;

/// <summary>
/// The call-site step of the manifest pipeline: a syntactic filter on call-shaped nodes, then a name check against the
/// catalogue's and the [AiModelCall] members' names, and only then binding.
/// </summary>
internal static class CallSiteReader
{
    public static bool IsCallSyntax(SyntaxNode node, CancellationToken cancellationToken) => node switch
    {
        InvocationExpressionSyntax or BaseObjectCreationExpressionSyntax => true,
        // A method group: a member access that is neither invoked nor the receiver of a further access.
        MemberAccessExpressionSyntax access => access.Parent is not InvocationExpressionSyntax and not MemberAccessExpressionSyntax,
        _ => false,
    };

    public static CallSiteModel? Read(GeneratorSyntaxContext context, CancellationToken cancellationToken)
    {
        var node = context.Node;
        var detection = CallSiteDetection.For(context.SemanticModel.Compilation, cancellationToken);
        return Read(node, context.SemanticModel, detection, name => detection.IsCandidate(name), cancellationToken);
    }

    /// <summary>Reads the call at a node when its name passes <paramref name="isCandidate"/>; null when it is not a model call to list.</summary>
    public static CallSiteModel? Read(SyntaxNode node, SemanticModel semanticModel, CallSiteDetection detection, System.Func<string, bool> isCandidate, CancellationToken cancellationToken)
    {
        var candidate = node is ImplicitObjectCreationExpressionSyntax
            ? detection.HasConstructorCalls
            : SimpleName(node) is { } name && isCandidate(name);
        if (!candidate || detection.Detector is null || detection.Coverage is null)
        {
            return null;
        }

        if (semanticModel.GetOperation(node, cancellationToken) is not { } operation ||
            ModelCallSite.Find(operation, detection.Detector, cancellationToken) is not { } site ||
            EnclosingMember.Of(semanticModel, node, cancellationToken) is not { } member)
        {
            return null;
        }

        var coverage = detection.Coverage.Resolve(operation, member);
        if (coverage.Kind == CallSiteCoverageKind.ModelCallImplementation)
        {
            return null;
        }

        var line = node.SyntaxTree.GetLineSpan(node.Span, cancellationToken).StartLinePosition.Line + 1;
        return new CallSiteModel(
            new SourceLocation(node.SyntaxTree.FilePath, line),
            SymbolNames.Caller(member),
            SymbolNames.Callee(site.Method),
            site.Sdk,
            site.Provider,
            site.Match.Kind.ToString(),
            coverage.Kind == CallSiteCoverageKind.Covered ? coverage.SystemId : null,
            ContainerIds(member));
    }

    /// <summary>The documentation-comment ids of a member and of its containing types, innermost first.</summary>
    public static EquatableArray<string> ContainerIds(ISymbol member)
    {
        var ids = new System.Collections.Generic.List<string>();
        for (var symbol = member; symbol is IMethodSymbol or IPropertySymbol or IFieldSymbol or IEventSymbol or INamedTypeSymbol; symbol = symbol.ContainingSymbol)
        {
            var target = symbol is IMethodSymbol { AssociatedSymbol: { } associated } ? associated : symbol;
            if (DocumentationCommentId.CreateDeclarationId(target) is { } id)
            {
                ids.Add(id);
            }

            if (!SymbolEqualityComparer.Default.Equals(target, symbol) && DocumentationCommentId.CreateDeclarationId(symbol) is { } accessorId)
            {
                ids.Add(accessorId);
            }
        }

        return ids.ToEquatableArray();
    }

    private static string? SimpleName(SyntaxNode node)
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
            _ => null,
        };
    }
}
