using System.Threading;
using Aims.Analyzers.Declarations;
using Aims.Analyzers.Rules;
using Aims.Analyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Aims.Analyzers.Generator;

/// <summary>
/// The literal step of the manifest pipeline: string literals passed as arguments or assigned, bound only when the
/// compilation references an AI SDK, and kept when they name a model (AIMS010, inferred models) or are a credential (AIMS014).
/// </summary>
internal static class LiteralSiteStep
{
    public static bool IsCandidate(SyntaxNode node, CancellationToken cancellationToken) =>
        node is LiteralExpressionSyntax { RawKind: (int)SyntaxKind.StringLiteralExpression } literal &&
        (literal.Parent is ArgumentSyntax || (literal.Parent is AssignmentExpressionSyntax assignment && assignment.Right == literal));

    public static LiteralSiteModel? Read(GeneratorSyntaxContext context, CancellationToken cancellationToken)
    {
        var detection = GeneratorDetection.For(context.SemanticModel.Compilation, cancellationToken);
        if (!detection.ReadsModelIdentifiers && detection.Credentials is null)
        {
            return null;
        }

        var operation = context.SemanticModel.GetOperation(context.Node.Parent!, cancellationToken);
        if (operation is null)
        {
            return null;
        }

        var credential = detection.Credentials is { } credentials
            ? (operation is IArgumentOperation argument ? credentials.FromArgument(argument, cancellationToken) : credentials.FromAssignment(operation, cancellationToken))
            : null;
        var identifier = detection.ReadsModelIdentifiers
            ? ModelPinningAnalyzer.Identifier(operation, detection.SdkTypes, CoveringSystem(context, operation, detection, cancellationToken), cancellationToken)
            : null;
        return identifier is null && credential is null ? null : new LiteralSiteModel(identifier, credential);
    }

    private static string? CoveringSystem(GeneratorSyntaxContext context, IOperation operation, GeneratorDetection detection, CancellationToken cancellationToken) =>
        detection.Coverage is { } coverage && EnclosingMember.Of(context.SemanticModel, context.Node, cancellationToken) is { } member &&
        coverage.Resolve(operation, member) is { Kind: CallSiteCoverageKind.Covered } covered
            ? covered.SystemId ?? string.Empty
            : null;
}
