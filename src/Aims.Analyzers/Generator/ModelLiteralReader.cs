using System.Threading;
using Aims.Analyzers.Declarations;
using Aims.Analyzers.Detection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Aims.Analyzers.Generator;

/// <summary>
/// The inferred-model step of the manifest pipeline: string literals passed as arguments or assigned, bound only then,
/// kept when they name a model of an AI SDK (the sites AIMS010 checks) inside code a system covers.
/// </summary>
internal static class ModelLiteralReader
{
    public static bool IsCandidate(SyntaxNode node, CancellationToken cancellationToken) =>
        node is LiteralExpressionSyntax { RawKind: (int)SyntaxKind.StringLiteralExpression } literal &&
        (literal.Parent is ArgumentSyntax || (literal.Parent is AssignmentExpressionSyntax assignment && assignment.Right == literal));

    public static ModelLiteralModel? Read(GeneratorSyntaxContext context, CancellationToken cancellationToken)
    {
        var detection = CallSiteDetection.For(context.SemanticModel.Compilation, cancellationToken);
        if (detection.Coverage is null || context.Node.Parent is not { } parent)
        {
            return null;
        }

        var site = context.SemanticModel.GetOperation(parent, cancellationToken) switch
        {
            IArgumentOperation argument => ModelIdentifierSite.FromArgument(argument, detection.Providers.Of),
            ISimpleAssignmentOperation assignment => ModelIdentifierSite.FromAssignment(assignment, detection.Providers.Of),
            _ => null,
        };

        if (site is not { } found || ModelIdentifierSite.ConstantModelId(found.Value) is not { } modelId)
        {
            return null;
        }

        var member = EnclosingMember.Of(context.SemanticModel, context.Node, cancellationToken);
        return member is not null && detection.Coverage.Resolve(found.Value, member) is { Kind: CallSiteCoverageKind.Covered, SystemId: { } systemId }
            ? new ModelLiteralModel(found.Provider.Name, modelId, systemId)
            : null;
    }
}
