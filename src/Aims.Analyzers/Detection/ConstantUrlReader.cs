using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Aims.Analyzers.Detection;

/// <summary>
/// Reads the URL an HttpClient call sends to when it is a compile-time constant: a literal, a const, a constant
/// interpolation, <c>new Uri(constant)</c>, or a request message built from one, directly or through a local's initializer.
/// The same reading gives the constant a client's BaseAddress is set to.
/// </summary>
internal static class ConstantUrlReader
{
    private const int MaxDepth = 4;

    public static string? ReadRequestUrl(IInvocationOperation invocation, CancellationToken cancellationToken)
    {
        foreach (var argument in invocation.Arguments)
        {
            var parameter = argument.Parameter;
            if (parameter is null)
            {
                continue;
            }

            if (parameter.Name == "requestUri" || IsHttpRequestMessage(parameter.Type))
            {
                return Read(argument.Value, 0, cancellationToken);
            }
        }

        return null;
    }

    /// <summary>The constant URL a string or Uri expression gives, or null when it is not a constant.</summary>
    public static string? ReadUrl(IOperation value, CancellationToken cancellationToken) => Read(value, 0, cancellationToken);

    private static string? Read(IOperation? value, int depth, CancellationToken cancellationToken)
    {
        value = value?.WithoutConversions();
        if (value is null || depth > MaxDepth)
        {
            return null;
        }

        if (value.ConstantValue is { HasValue: true, Value: string constant })
        {
            return constant;
        }

        switch (value)
        {
            case IObjectCreationOperation creation when IsSystemUri(creation.Type):
                // new Uri(baseUri, relative) keeps the host of its first argument.
                return creation.Arguments.Length > 0 ? Read(creation.Arguments[0].Value, depth + 1, cancellationToken) : null;

            case IObjectCreationOperation creation when IsHttpRequestMessage(creation.Type):
                return ReadRequestMessage(creation, depth, cancellationToken);

            case ILocalReferenceOperation local:
                return Read(OperationValues.InitializerOf(local, cancellationToken), depth + 1, cancellationToken);

            default:
                return null;
        }
    }

    private static string? ReadRequestMessage(IObjectCreationOperation creation, int depth, CancellationToken cancellationToken)
    {
        foreach (var argument in creation.Arguments)
        {
            if (argument.Parameter?.Name == "requestUri")
            {
                return Read(argument.Value, depth + 1, cancellationToken);
            }
        }

        if (creation.Initializer is not null)
        {
            foreach (var initializer in creation.Initializer.Initializers)
            {
                if (initializer is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.Name: "RequestUri" } } assignment)
                {
                    return Read(assignment.Value, depth + 1, cancellationToken);
                }
            }
        }

        return null;
    }

    private static bool IsSystemUri(ITypeSymbol? type) =>
        type is { Name: "Uri", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } };

    private static bool IsHttpRequestMessage(ITypeSymbol? type) =>
        type is { Name: "HttpRequestMessage", ContainingNamespace: { Name: "Http", ContainingNamespace: { Name: "Net", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } } } };
}
