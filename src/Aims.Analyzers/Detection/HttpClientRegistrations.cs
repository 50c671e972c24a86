using System;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Aims.Analyzers.Detection;

/// <summary>
/// The base addresses that IHttpClientFactory registrations anywhere in the project give a typed or a named client:
/// <c>AddHttpClient&lt;T&gt;(c =&gt; c.BaseAddress = ...)</c> (also with a name, <c>(sp, c) =&gt;</c> and
/// <c>&lt;TClient, TImplementation&gt;</c>), <c>AddHttpClient("name", c =&gt; ...)</c>, and <c>ConfigureHttpClient</c>
/// chained on either, typically in Program.cs. Only files whose text calls AddHttpClient or ConfigureHttpClient are bound.
/// </summary>
internal static class HttpClientRegistrations
{
    private const string AddHttpClient = "AddHttpClient";
    private const string ConfigureHttpClient = "ConfigureHttpClient";

    // Which calls of a file may be registrations is a question of syntax alone: asked once per tree, across compilations.
    private static readonly ConditionalWeakTable<SyntaxTree, StrongBox<ImmutableArray<InvocationExpressionSyntax>>> Candidates = new();

    /// <summary>What registrations of <paramref name="type"/> as a typed client (the type that receives the HttpClient) set.</summary>
    public static BaseAddressCandidates ForTypedClient(INamedTypeSymbol type, SemanticModel semanticModel, CancellationToken cancellationToken) =>
        Collect(semanticModel, registration => IsTypedClient(registration, type), cancellationToken);

    /// <summary>What registrations of the client named <paramref name="name"/> set.</summary>
    public static BaseAddressCandidates ForNamedClient(string name, SemanticModel semanticModel, CancellationToken cancellationToken) =>
        Collect(semanticModel, registration => NameOf(registration) == name, cancellationToken);

    private static BaseAddressCandidates Collect(SemanticModel semanticModel, Func<IInvocationOperation, bool> registers, CancellationToken cancellationToken)
    {
        var found = new BaseAddressCandidates();
        foreach (var tree in semanticModel.Compilation.SyntaxTrees)
        {
            var candidates = CandidatesIn(tree, cancellationToken);
            if (candidates.IsEmpty)
            {
                continue;
            }

            var model = tree == semanticModel.SyntaxTree ? semanticModel : SemanticModels.Of(semanticModel.Compilation, tree);
            foreach (var candidate in candidates)
            {
                if (model.GetOperation(candidate, cancellationToken) is IInvocationOperation call &&
                    Registration(call) is { } registration &&
                    registers(registration))
                {
                    AddConfigured(call, found, cancellationToken);
                }
            }
        }

        return found;
    }

    private static ImmutableArray<InvocationExpressionSyntax> CandidatesIn(SyntaxTree tree, CancellationToken cancellationToken) =>
        Candidates.GetValue(tree, t => new StrongBox<ImmutableArray<InvocationExpressionSyntax>>(t.GetRoot(cancellationToken)
            .DescendantNodes()
            .OfType<InvocationExpressionSyntax>()
            .Where(invocation => CallSyntax.SimpleName(invocation) is AddHttpClient or ConfigureHttpClient)
            .ToImmutableArray())).Value;

    /// <summary>The AddHttpClient call that a call is, or that the builder of a ConfigureHttpClient call comes from.</summary>
    private static IInvocationOperation? Registration(IInvocationOperation call)
    {
        if (HttpSymbols.IsAddHttpClient(call.TargetMethod))
        {
            return call;
        }

        if (!HttpSymbols.IsConfigureHttpClient(call.TargetMethod))
        {
            return null;
        }

        // Down the builder chain: services.AddHttpClient<T>().AddStandardResilienceHandler().ConfigureHttpClient(...).
        var builder = ReceiverOf(call);
        while (builder is IInvocationOperation inner && HttpSymbols.IsHttpClientBuilder(inner.Type))
        {
            if (HttpSymbols.IsAddHttpClient(inner.TargetMethod))
            {
                return inner;
            }

            builder = ReceiverOf(inner);
        }

        return null;
    }

    private static IOperation? ReceiverOf(IInvocationOperation call) => OperationValues.ReceiverOf(call)?.WithoutConversions();

    private static bool IsTypedClient(IInvocationOperation registration, INamedTypeSymbol type)
    {
        // AddHttpClient<TClient, TImplementation>: the implementation is what receives the client.
        var typeArguments = registration.TargetMethod.TypeArguments;
        return typeArguments.Length > 0 && SymbolEqualityComparer.Default.Equals(typeArguments[typeArguments.Length - 1].OriginalDefinition, type.OriginalDefinition);
    }

    private static string? NameOf(IInvocationOperation registration) =>
        registration.Arguments.FirstOrDefault(a => a.Parameter is { Name: "name" })?.Value.ConstantValue is { HasValue: true, Value: string name } ? name : null;

    /// <summary>What the configure delegate of a registration gives the client's BaseAddress; a delegate that is no lambda is unknown.</summary>
    private static void AddConfigured(IInvocationOperation call, BaseAddressCandidates found, CancellationToken cancellationToken)
    {
        foreach (var argument in call.Arguments)
        {
            if (argument.Parameter is not { } parameter || ConfiguredClient(parameter.Type) is null)
            {
                continue;
            }

            if (argument.Value.WithoutConversions() is not IDelegateCreationOperation { Target: IAnonymousFunctionOperation lambda } ||
                lambda.Symbol.Parameters.FirstOrDefault(p => HttpSymbols.IsHttpClient(p.Type)) is not { } client)
            {
                found.AddUnknown();
                continue;
            }

            foreach (var operation in lambda.Body.Descendants())
            {
                if (operation is IAssignmentOperation { Target: IPropertyReferenceOperation { Instance: IParameterReferenceOperation instance } target } assignment &&
                    HttpSymbols.IsBaseAddress(target.Property) &&
                    SymbolEqualityComparer.Default.Equals(instance.Parameter, client))
                {
                    found.Add(ConstantUrlReader.ReadUrl(assignment.Value, cancellationToken));
                }
            }
        }
    }

    /// <summary>The HttpClient parameter of a configure delegate type (<c>Action&lt;HttpClient&gt;</c>, <c>Action&lt;IServiceProvider, HttpClient&gt;</c>).</summary>
    private static IParameterSymbol? ConfiguredClient(ITypeSymbol type) =>
        type is INamedTypeSymbol { TypeKind: TypeKind.Delegate, DelegateInvokeMethod: { ReturnsVoid: true } invoke }
            ? invoke.Parameters.FirstOrDefault(p => HttpSymbols.IsHttpClient(p.Type))
            : null;
}
