using Microsoft.CodeAnalysis;

namespace Aims.Analyzers.Detection;

/// <summary>
/// The symbols that give an HttpClient its base address: <c>HttpClient.BaseAddress</c>, and IHttpClientFactory's
/// registrations (<c>AddHttpClient</c>, <c>ConfigureHttpClient</c>) and <c>CreateClient</c>. Recognised by name and
/// namespace, so that no lookup is needed when a compilation does not use them.
/// </summary>
internal static class HttpSymbols
{
    private const string HttpNamespace = "System.Net.Http";
    private const string DependencyInjectionNamespace = "Microsoft.Extensions.DependencyInjection";

    public static bool IsHttpClient(ITypeSymbol? type) => IsType(type, HttpNamespace, "HttpClient");

    public static bool IsBaseAddress(IPropertySymbol property) => property.Name == "BaseAddress" && IsHttpClient(property.ContainingType);

    public static bool IsCreateClient(IMethodSymbol method) => method.Name == "CreateClient" && IsType(method.ContainingType, HttpNamespace, "IHttpClientFactory");

    public static bool IsAddHttpClient(IMethodSymbol method) =>
        method.Name == "AddHttpClient" && IsType(method.ContainingType, DependencyInjectionNamespace, "HttpClientFactoryServiceCollectionExtensions");

    public static bool IsConfigureHttpClient(IMethodSymbol method) =>
        method.Name == "ConfigureHttpClient" && IsType(method.ContainingType, DependencyInjectionNamespace, "HttpClientBuilderExtensions");

    public static bool IsHttpClientBuilder(ITypeSymbol? type) => IsType(type, DependencyInjectionNamespace, "IHttpClientBuilder");

    private static bool IsType(ITypeSymbol? type, string namespaceName, string name) =>
        type is { ContainingType: null } && type.Name == name && IsNamespace(type.ContainingNamespace, namespaceName);

    /// <summary>Compares a namespace with a dotted name segment by segment, from the innermost, without building its name.</summary>
    private static bool IsNamespace(INamespaceSymbol? ns, string dottedName)
    {
        var end = dottedName.Length;
        for (var current = ns; current is { IsGlobalNamespace: false }; current = current.ContainingNamespace)
        {
            var start = end - current.Name.Length;
            if (start < 0 || string.CompareOrdinal(dottedName, start, current.Name, 0, current.Name.Length) != 0)
            {
                return false;
            }

            if (start == 0)
            {
                return current.ContainingNamespace is { IsGlobalNamespace: true };
            }

            if (dottedName[start - 1] != '.')
            {
                return false;
            }

            end = start - 1;
        }

        return false;
    }
}
