using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Aims.Analyzers.Detection;

/// <summary>
/// Where a call with a relative request URL goes: the base address of the HttpClient it is sent through, when that is a
/// compile-time constant, combined with the request URL as HttpClient combines them (<c>new Uri(baseAddress, requestUri)</c>).
/// The client is followed in the call's file only: its creation (<c>new HttpClient { BaseAddress = ... }</c>), the variable
/// that holds it (a local or parameter in its method, a field or auto-property in its type) with every value and
/// BaseAddress given to that variable there, and the IHttpClientFactory registrations of a typed or named client.
/// </summary>
internal static class HttpClientBaseAddress
{
    private const int MaxDepth = 4;
    private const string BaseAddressName = "BaseAddress";

    // What a file gives each variable is read once per compilation: a typed client's calls all go through the same field.
    private static readonly ConditionalWeakTable<Compilation, ClientFacts> Facts = new();

    /// <summary>The URL a relative request is sent to, or null when the request URL is absolute or the base address is not known.</summary>
    public static Uri? Resolve(IInvocationOperation call, string requestUrl, CancellationToken cancellationToken)
    {
        // HttpClient reads a request URL as RelativeOrAbsolute, so "/api/chat" is relative on every platform.
        if (!Uri.TryCreate(requestUrl, UriKind.RelativeOrAbsolute, out var request) || request.IsAbsoluteUri ||
            OperationValues.ReceiverOf(call) is not { } client || call.SemanticModel is not { } semanticModel)
        {
            return null;
        }

        var found = new BaseAddressCandidates();
        new Search(semanticModel, Facts.GetValue(semanticModel.Compilation, _ => new ClientFacts()), found, cancellationToken).FromClient(client, 0);
        return found.Single is { } baseAddress &&
               Uri.TryCreate(baseAddress, UriKind.Absolute, out var baseUri) &&
               Uri.TryCreate(baseUri, request, out var combined)
            ? combined
            : null;
    }

    /// <summary>One search for the values a client holds, bound through the semantic model of the call's own file.</summary>
    private sealed class Search
    {
        private readonly SemanticModel _semanticModel;
        private readonly ClientFacts _facts;
        private readonly BaseAddressCandidates _found;
        private readonly CancellationToken _cancellationToken;

        public Search(SemanticModel semanticModel, ClientFacts facts, BaseAddressCandidates found, CancellationToken cancellationToken)
        {
            _semanticModel = semanticModel;
            _facts = facts;
            _found = found;
            _cancellationToken = cancellationToken;
        }

        public void FromClient(IOperation value, int depth)
        {
            if (_found.IsUnknown)
            {
                return;
            }

            if (depth > MaxDepth)
            {
                _found.AddUnknown();
                return;
            }

            switch (Unwrapped(value))
            {
                case IObjectCreationOperation creation:
                    FromInitializer(creation.Initializer);
                    break;

                case IInvocationOperation invocation when HttpSymbols.IsCreateClient(invocation.TargetMethod):
                    if (invocation.Arguments.FirstOrDefault(a => a.Parameter is { Name: "name" })?.Value.ConstantValue is { HasValue: true, Value: string name })
                    {
                        _found.Add(_facts.NamedClients.GetOrAdd(
                            (name, _semanticModel.SyntaxTree),
                            key => HttpClientRegistrations.ForNamedClient(key.Name, _semanticModel, _cancellationToken)));
                    }

                    break;

                case var reference when VariableOf(reference, _cancellationToken) is { } variable:
                    FromVariable(variable, depth);
                    break;
            }
        }

        private void FromInitializer(IObjectOrCollectionInitializerOperation? initializer)
        {
            if (initializer is null)
            {
                return;
            }

            foreach (var member in initializer.Initializers)
            {
                if (member is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation target } assignment && HttpSymbols.IsBaseAddress(target.Property))
                {
                    _found.Add(ConstantUrlReader.ReadUrl(assignment.Value, _cancellationToken));
                }
            }
        }

        /// <summary>What a variable is given in this file; a constructor parameter also gets what registrations of its type as a typed client give it.</summary>
        private void FromVariable(ISymbol variable, int depth)
        {
            var writes = _facts.Writes.GetOrAdd((variable, _semanticModel.SyntaxTree), key => WritesTo(key.Variable));
            foreach (var write in writes)
            {
                if (write.SetsBaseAddress)
                {
                    _found.Add(ConstantUrlReader.ReadUrl(write.Value, _cancellationToken));
                }
                else
                {
                    FromClient(write.Value, depth + 1);
                }
            }

            if (variable is IParameterSymbol { ContainingSymbol: IMethodSymbol { MethodKind: MethodKind.Constructor, ContainingType: { } type } })
            {
                _found.Add(_facts.TypedClients.GetOrAdd(
                    (type.OriginalDefinition, _semanticModel.SyntaxTree),
                    key => HttpClientRegistrations.ForTypedClient(key.Type, _semanticModel, _cancellationToken)));
            }
        }

        /// <summary>
        /// Every value given in this file to a variable, or to its BaseAddress, where the variable can be written: a local's
        /// or parameter's method (a primary constructor's type), a field's or property's type.
        /// </summary>
        private ImmutableArray<Write> WritesTo(ISymbol variable)
        {
            var tree = _semanticModel.SyntaxTree;
            var writes = ImmutableArray.CreateBuilder<Write>();
            foreach (var declaration in variable.DeclaringSyntaxReferences)
            {
                if (declaration.SyntaxTree == tree &&
                    InitializerOf(declaration.GetSyntax(_cancellationToken)) is { } initializer &&
                    _semanticModel.GetOperation(initializer, _cancellationToken) is ISymbolInitializerOperation initialization)
                {
                    writes.Add(new Write(initialization.Value, SetsBaseAddress: false));
                }
            }

            foreach (var scope in variable.ContainingSymbol.DeclaringSyntaxReferences)
            {
                if (scope.SyntaxTree != tree)
                {
                    continue;
                }

                foreach (var node in scope.GetSyntax(_cancellationToken).DescendantNodes())
                {
                    if (node is AssignmentExpressionSyntax assignment &&
                        AssignedName(assignment.Left) is { } name && (name == variable.Name || name == BaseAddressName) &&
                        _semanticModel.GetOperation(assignment, _cancellationToken) is IAssignmentOperation operation)
                    {
                        if (Refers(operation.Target, variable))
                        {
                            writes.Add(new Write(operation.Value, SetsBaseAddress: false));
                        }
                        else if (operation.Target is IPropertyReferenceOperation { Instance: { } instance } target &&
                                 HttpSymbols.IsBaseAddress(target.Property) &&
                                 Refers(instance, variable))
                        {
                            writes.Add(new Write(operation.Value, SetsBaseAddress: true));
                        }
                    }
                }
            }

            return writes.ToImmutable();
        }

        private bool Refers(IOperation reference, ISymbol variable) =>
            SymbolEqualityComparer.Default.Equals(VariableOf(Unwrapped(reference), _cancellationToken), variable);
    }

    /// <summary>A value given to a variable (a client), or to the BaseAddress of the client it holds.</summary>
    private readonly record struct Write(IOperation Value, bool SetsBaseAddress);

    /// <summary>What the files of one compilation give each client variable, typed client and named client.</summary>
    private sealed class ClientFacts
    {
        public ConcurrentDictionary<(ISymbol Variable, SyntaxTree Tree), ImmutableArray<Write>> Writes { get; } = new(new InTreeComparer<ISymbol>(SymbolEqualityComparer.Default));

        public ConcurrentDictionary<(INamedTypeSymbol Type, SyntaxTree Tree), BaseAddressCandidates> TypedClients { get; } = new(new InTreeComparer<INamedTypeSymbol>(SymbolEqualityComparer.Default));

        public ConcurrentDictionary<(string Name, SyntaxTree Tree), BaseAddressCandidates> NamedClients { get; } = new(new InTreeComparer<string>(StringComparer.Ordinal));
    }

    private sealed class InTreeComparer<T> : IEqualityComparer<(T Key, SyntaxTree Tree)>
    {
        private readonly IEqualityComparer<T> _keys;

        public InTreeComparer(IEqualityComparer<T> keys) => _keys = keys;

        public bool Equals((T Key, SyntaxTree Tree) x, (T Key, SyntaxTree Tree) y) => x.Tree == y.Tree && _keys.Equals(x.Key, y.Key);

        public int GetHashCode((T Key, SyntaxTree Tree) obj) => (_keys.GetHashCode(obj.Key) * 31) + obj.Tree.GetHashCode();
    }

    /// <summary>The local, parameter, field or auto-property an operation reads; other properties may return a new client each time.</summary>
    private static ISymbol? VariableOf(IOperation reference, CancellationToken cancellationToken) => reference switch
    {
        ILocalReferenceOperation local => local.Local,
        IParameterReferenceOperation parameter => parameter.Parameter.OriginalDefinition,
        IFieldReferenceOperation field => field.Field.OriginalDefinition,
        IPropertyReferenceOperation property when IsAutoProperty(property.Property, cancellationToken) => property.Property.OriginalDefinition,
        _ => null,
    };

    private static bool IsAutoProperty(IPropertySymbol property, CancellationToken cancellationToken) =>
        !property.IsAbstract && !property.IsExtern &&
        property.DeclaringSyntaxReferences.Length == 1 &&
        property.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is PropertyDeclarationSyntax { ExpressionBody: null, AccessorList: { } accessors } &&
        accessors.Accessors.All(accessor => accessor.Body is null && accessor.ExpressionBody is null);

    /// <summary>The operation under conversions, and the receiver of a conditional access (<c>client?.PostAsync(...)</c>).</summary>
    private static IOperation Unwrapped(IOperation operation)
    {
        operation = operation.WithoutConversions();
        if (operation is IConditionalAccessInstanceOperation)
        {
            for (var parent = operation.Parent; parent is not null; parent = parent.Parent)
            {
                if (parent is IConditionalAccessOperation access)
                {
                    return access.Operation.WithoutConversions();
                }
            }
        }

        return operation;
    }

    private static EqualsValueClauseSyntax? InitializerOf(SyntaxNode declaration) => declaration switch
    {
        VariableDeclaratorSyntax variable => variable.Initializer,
        PropertyDeclarationSyntax property => property.Initializer,
        _ => null,
    };

    private static string? AssignedName(ExpressionSyntax target) => target switch
    {
        IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
        MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
        MemberBindingExpressionSyntax binding => binding.Name.Identifier.ValueText,
        _ => null,
    };
}
