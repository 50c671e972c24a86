using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Aims.Analyzers.Detection;
using Aims.Analyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Aims.Analyzers.Generator;

/// <summary>
/// The call-site step of the manifest pipeline: a syntactic filter by the catalogue's member and type names (no
/// binding), then binding only of the calls that pass it. Calls to members that [AiModelCall] or configuration make
/// model calls have names the catalogue cannot know; <see cref="DeclaredCallSiteStep"/> finds those.
/// </summary>
internal static class CallSiteStep
{
    public static bool IsCandidate(SyntaxNode node, CancellationToken cancellationToken) =>
        CallSyntax.IsCall(node) &&
        (node is ImplicitObjectCreationExpressionSyntax
            ? AiSdkCatalog.HasConstructors
            : CallSyntax.SimpleName(node) is { } name && AiSdkCatalog.CallNames.Contains(name));

    public static CallSiteModel? Read(GeneratorSyntaxContext context, CancellationToken cancellationToken)
    {
        var detection = GeneratorDetection.For(context.SemanticModel.Compilation, cancellationToken);
        return detection.Detector is { } detector && detection.Coverage is { } coverage
            ? Read(context.Node, context.SemanticModel, detector, coverage, cancellationToken)
            : null;
    }

    public static CallSiteModel? Read(SyntaxNode node, SemanticModel semanticModel, ModelCallDetector detector, Declarations.CoverageResolver coverage, CancellationToken cancellationToken) =>
        semanticModel.GetOperation(node, cancellationToken) is { } operation &&
        EnclosingMember.Of(semanticModel, node, cancellationToken) is { } member
            ? CallSiteReader.Read(operation, member, detector, coverage, cancellationToken)
            : null;
}
