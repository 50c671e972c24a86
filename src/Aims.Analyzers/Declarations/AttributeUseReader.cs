using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using Aims.Analyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Aims.Analyzers.Declarations;

/// <summary>
/// The one reader of governance attributes: turns an attribute on a symbol, in source or in a referenced assembly, into
/// a plain <see cref="AttributeUseModel"/>. The analyzers' index and the generator's pipeline both read through it.
/// </summary>
internal static class AttributeUseReader
{
    public const string AssemblyDisplay = "assembly";

    private static readonly SymbolDisplayFormat SymbolFormat = new(
        typeQualificationStyle: SymbolDisplayTypeQualificationStyle.NameAndContainingTypesAndNamespaces,
        genericsOptions: SymbolDisplayGenericsOptions.IncludeTypeParameters,
        memberOptions: SymbolDisplayMemberOptions.IncludeContainingType);

    /// <summary>
    /// The models of a symbol's governance attributes among <paramref name="attributes"/>, skipping any other attribute.
    /// The symbol's ids and display are read once for all of them.
    /// </summary>
    /// <param name="referencedAssembly">The assembly name when the attributes are read from a reference, whose locations are not this project's.</param>
    public static IEnumerable<AttributeUseModel> Read(ISymbol symbol, IEnumerable<AttributeData> attributes, string? referencedAssembly, CancellationToken cancellationToken)
    {
        EquatableArray<string>? owners = null;
        string? display = null;
        foreach (var attribute in attributes)
        {
            if (AimsAttributeSymbols.NameOf(attribute) is not { } name)
            {
                continue;
            }

            owners ??= OwnerIds.Of(symbol);
            display ??= symbol is IAssemblySymbol ? AssemblyDisplay : symbol.ToDisplayString(SymbolFormat);
            var syntax = referencedAssembly is null ? attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken) as AttributeSyntax : null;
            yield return new AttributeUseModel(
                name,
                display,
                owners,
                Arguments(attribute, GovernanceAttributeSchema.Find(name), syntax).ToEquatableArray(),
                syntax is null ? null : LocationOf(syntax, cancellationToken),
                referencedAssembly);
        }
    }

    public static SourceLocation LocationOf(SyntaxNode node, CancellationToken cancellationToken)
    {
        var span = node.Span;
        var line = node.SyntaxTree.GetLineSpan(span, cancellationToken).StartLinePosition.Line + 1;
        return new SourceLocation(node.SyntaxTree.FilePath, line, span.Start, span.Length);
    }

    private static IEnumerable<AttributeArgumentModel> Arguments(AttributeData attribute, GovernanceAttribute? schema, AttributeSyntax? syntax)
    {
        var written = syntax?.ArgumentList?.Arguments;
        var parameters = attribute.AttributeConstructor?.Parameters ?? default;
        if (!parameters.IsDefault)
        {
            for (var i = 0; i < attribute.ConstructorArguments.Length && i < parameters.Length; i++)
            {
                var member = MemberName(schema, parameters[i].Name);
                var argument = written is { } list ? Positional(list, i, parameters[i].Name) : null;
                yield return ToModel(member, attribute.ConstructorArguments[i], isConstructorArgument: true, argument);
            }
        }

        foreach (var named in attribute.NamedArguments)
        {
            var argument = written?.FirstOrDefault(a => a.NameEquals?.Name.Identifier.ValueText == named.Key);
            yield return ToModel(MemberName(schema, named.Key), named.Value, isConstructorArgument: false, argument);
        }
    }

    /// <summary>The property a constructor parameter or named argument sets, in the schema's spelling.</summary>
    private static string MemberName(GovernanceAttribute? schema, string name) =>
        schema?.Member(name)?.Property ?? (name.Length == 0 ? name : char.ToUpperInvariant(name[0]) + name.Substring(1));

    private static AttributeArgumentSyntax? Positional(SeparatedSyntaxList<AttributeArgumentSyntax> arguments, int index, string parameterName)
    {
        var position = 0;
        foreach (var argument in arguments)
        {
            if (argument.NameColon is { } nameColon)
            {
                if (nameColon.Name.Identifier.ValueText == parameterName)
                {
                    return argument;
                }
            }
            else if (argument.NameEquals is null && position++ == index)
            {
                return argument;
            }
        }

        return null;
    }

    private static AttributeArgumentModel ToModel(string member, TypedConstant value, bool isConstructorArgument, AttributeArgumentSyntax? syntax)
    {
        var location = syntax is null ? null : LocationOf(syntax, CancellationToken.None);
        var typeName = value.Type?.Name ?? string.Empty;
        if (value.Kind == TypedConstantKind.Array)
        {
            var elements = value.IsNull ? Enumerable.Empty<string?>() : value.Values.Select(Text);
            return new AttributeArgumentModel(member, AttributeValueKind.Array, null, elements.ToEquatableArray(), typeName, isConstructorArgument, value.IsNull, location);
        }

        if (value.Kind == TypedConstantKind.Enum)
        {
            var name = EnumMemberName(value);
            return new AttributeArgumentModel(
                member,
                name is null ? AttributeValueKind.UndefinedEnum : AttributeValueKind.Enum,
                name ?? Convert.ToString(value.Value, CultureInfo.InvariantCulture),
                EquatableArray<string?>.Empty,
                typeName,
                isConstructorArgument,
                IsNull: false,
                location);
        }

        var kind = value.Value switch
        {
            bool => AttributeValueKind.Boolean,
            string or null => AttributeValueKind.Text,
            _ => AttributeValueKind.Number,
        };
        return new AttributeArgumentModel(member, kind, Text(value), EquatableArray<string?>.Empty, typeName, isConstructorArgument, value.IsNull, location);
    }

    private static string? EnumMemberName(TypedConstant value) =>
        value.Type is INamedTypeSymbol enumType
            ? enumType.GetMembers().OfType<IFieldSymbol>().FirstOrDefault(field => field.HasConstantValue && Equals(field.ConstantValue, value.Value))?.Name
            : null;

    private static string? Text(TypedConstant value) => value.Value switch
    {
        null => null,
        string text => text,
        bool flag => flag ? "true" : "false",
        double number => number.ToString("R", CultureInfo.InvariantCulture),
        float number => number.ToString("R", CultureInfo.InvariantCulture),
        var other => Convert.ToString(other, CultureInfo.InvariantCulture),
    };
}
