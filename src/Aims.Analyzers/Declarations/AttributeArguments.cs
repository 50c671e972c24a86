using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Aims.Analyzers.Declarations;

/// <summary>Reads attribute arguments by member name, whether given to the constructor or as a named property.</summary>
internal static class AttributeArguments
{
    /// <summary>Every argument written on the attribute: its member name (constructor parameters by parameter name) and value.</summary>
    public static IEnumerable<(string Name, TypedConstant Value)> All(AttributeData attribute)
    {
        var parameters = attribute.AttributeConstructor?.Parameters ?? default;
        if (!parameters.IsDefault)
        {
            for (var i = 0; i < attribute.ConstructorArguments.Length && i < parameters.Length; i++)
            {
                yield return (parameters[i].Name, attribute.ConstructorArguments[i]);
            }
        }

        foreach (var named in attribute.NamedArguments)
        {
            yield return (named.Key, named.Value);
        }
    }

    public static TypedConstant? Get(AttributeData attribute, string name)
    {
        foreach (var (member, value) in All(attribute))
        {
            if (string.Equals(member, name, StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }

        return null;
    }

    public static string? GetString(AttributeData attribute, string name) =>
        Get(attribute, name) is { Kind: TypedConstantKind.Primitive, Value: string value } ? value : null;

    /// <summary>The value of an enum or other primitive argument, or null when it is not given.</summary>
    public static object? GetPrimitive(AttributeData attribute, string name) =>
        Get(attribute, name) is { Kind: TypedConstantKind.Enum or TypedConstantKind.Primitive } constant ? constant.Value : null;

    public static bool IsConstructorParameter(AttributeData attribute, string name)
    {
        foreach (var parameter in attribute.AttributeConstructor?.Parameters ?? default(System.Collections.Immutable.ImmutableArray<IParameterSymbol>))
        {
            if (string.Equals(parameter.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Where an argument is written, or the whole attribute when it is not (or the syntax is unavailable).</summary>
    public static Location LocationOf(AttributeData attribute, string name, CancellationToken cancellationToken)
    {
        if (attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken) is not AttributeSyntax syntax)
        {
            return Location.None;
        }

        var parameters = attribute.AttributeConstructor?.Parameters ?? default;
        var position = -1;
        if (!parameters.IsDefault)
        {
            for (var i = 0; i < parameters.Length; i++)
            {
                if (string.Equals(parameters[i].Name, name, StringComparison.OrdinalIgnoreCase))
                {
                    position = i;
                }
            }
        }

        var positional = 0;
        foreach (var argument in syntax.ArgumentList?.Arguments ?? default)
        {
            var written = argument.NameEquals?.Name.Identifier.ValueText ?? argument.NameColon?.Name.Identifier.ValueText;
            if (written is not null)
            {
                if (string.Equals(written, name, StringComparison.OrdinalIgnoreCase))
                {
                    return argument.GetLocation();
                }
            }
            else if (positional++ == position)
            {
                return argument.GetLocation();
            }
        }

        return syntax.GetLocation();
    }
}
