using Microsoft.CodeAnalysis;

namespace Aims.Analyzers.Diagnostics;

/// <summary>Short, stable names of members for diagnostic messages: 'Type.Member', without namespaces or parameters.</summary>
internal static class SymbolNames
{
    private static readonly SymbolDisplayFormat TypeFormat = new(
        typeQualificationStyle: SymbolDisplayTypeQualificationStyle.NameAndContainingTypes,
        genericsOptions: SymbolDisplayGenericsOptions.IncludeTypeParameters);

    public static string Caller(ISymbol member)
    {
        if (member is IMethodSymbol { Name: WellKnownMemberNames.TopLevelStatementsEntryPointMethodName })
        {
            return "top-level statements";
        }

        var name = member switch
        {
            IMethodSymbol { AssociatedSymbol: { } property } => property.Name,
            IMethodSymbol { MethodKind: MethodKind.Constructor or MethodKind.StaticConstructor } constructor => constructor.ContainingType.Name,
            _ => member.Name,
        };

        return member.ContainingType is { } type ? type.ToDisplayString(TypeFormat) + "." + name : name;
    }

    public static string Callee(IMethodSymbol method)
    {
        // An extension call reads as a member of its receiver: 'IChatClient.GetResponseAsync'.
        var definition = method.ReducedFrom ?? method;
        var receiverType = definition.IsExtensionMethod && definition.Parameters.Length > 0 ? definition.Parameters[0].Type : method.ContainingType;
        var typeName = receiverType.OriginalDefinition.ToDisplayString(TypeFormat);
        return method.MethodKind == MethodKind.Constructor ? "new " + typeName : typeName + "." + method.Name;
    }

    /// <summary>A call that bound to no member reads as the name it calls on its receiver's type.</summary>
    public static string Callee(ITypeSymbol receiverType, string name) =>
        receiverType.OriginalDefinition.ToDisplayString(TypeFormat) + "." + name;
}
