using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Aims.Analyzers.Detection;
using Aims.Analyzers.Diagnostics;
using Aims.Manifest.Catalog;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Simplification;

namespace Aims.Analyzers.CodeFixes;

/// <summary>
/// AIMS014: replaces a literal credential with a read of the environment variable named after the provider of the
/// client being created (OPENAI_API_KEY, ANTHROPIC_API_KEY, ...) or the SDK's own variable for another credential
/// (<see cref="SdkCredentialVariables"/>), which fails clearly when the variable is not set.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ReadCredentialFromEnvironmentFixProvider)), Shared]
public sealed class ReadCredentialFromEnvironmentFixProvider() : DocumentFixProvider(
    RuleTable.LiteralCredential.Id, "Read the credential from an environment variable")
{
    private protected override async Task<Document> FixAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var root = (await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false))!;
        var semanticModel = (await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false))!;
        var literals = DiagnosticNodes.Find<ExpressionSyntax>(root, diagnostics);

        var edited = root.ReplaceNodes(literals, (original, _) =>
            EnvironmentRead(VariableFor(original, semanticModel, cancellationToken))
                .WithTriviaFrom(original)
                .WithAdditionalAnnotations(Simplifier.Annotation, Simplifier.AddImportsAnnotation));
        return await EditCleanup.CleanUpAsync(document.WithSyntaxRoot(edited), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The variable the SDK reads for the property the literal is assigned to, else the provider's API key variable.</summary>
    private static string VariableFor(ExpressionSyntax literal, SemanticModel semanticModel, CancellationToken cancellationToken)
    {
        var provider = ProviderOf(literal, semanticModel, cancellationToken);
        // The SDKs' other credentials are init-only properties, set in object initializers.
        var property = literal.Parent is AssignmentExpressionSyntax { Left: IdentifierNameSyntax name } ? name.Identifier.ValueText : null;

        return provider is null ? FallbackVariable
            : property is not null && SdkCredentialVariables.Of(provider, property) is { } own ? own
            : provider.CredentialVariable;
    }

    /// <summary>The provider of the nearest enclosing creation or call of an AI SDK type (skipping credential wrappers).</summary>
    private static ModelProvider? ProviderOf(SyntaxNode literal, SemanticModel semanticModel, CancellationToken cancellationToken)
    {
        foreach (var ancestor in literal.Ancestors())
        {
            var type = ancestor switch
            {
                BaseObjectCreationExpressionSyntax or InvocationExpressionSyntax => (semanticModel.GetSymbolInfo(ancestor, cancellationToken).Symbol as IMethodSymbol)?.ContainingType,
                AssignmentExpressionSyntax assignment => (semanticModel.GetSymbolInfo(assignment.Left, cancellationToken).Symbol as IPropertySymbol)?.ContainingType,
                _ => null,
            };

            if (type is not null && ModelProviders.OfSdkType(type.ContainingNamespace?.ToDisplayString(), type.ContainingAssembly?.Name) is { } provider)
            {
                return provider;
            }
        }

        return null;
    }

    /// <summary>The variable when no provider is known.</summary>
    private const string FallbackVariable = "AI_API_KEY";

    private static ExpressionSyntax EnvironmentRead(string variable) =>
        SyntaxFactory.ParseExpression(
            $"global::System.Environment.GetEnvironmentVariable(\"{variable}\") ?? throw new global::System.InvalidOperationException(\"{variable} is not set\")");
}
