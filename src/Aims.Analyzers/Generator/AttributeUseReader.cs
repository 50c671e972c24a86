using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using Aims.Analyzers.Declarations;
using Microsoft.CodeAnalysis;

namespace Aims.Analyzers.Generator;

/// <summary>Turns the Aims attributes on a symbol into plain models for the manifest pipeline.</summary>
internal static class AttributeUseReader
{
    public const string AssemblyId = "assembly";

    private static readonly SymbolDisplayFormat SymbolFormat = new(
        typeQualificationStyle: SymbolDisplayTypeQualificationStyle.NameAndContainingTypesAndNamespaces,
        genericsOptions: SymbolDisplayGenericsOptions.IncludeTypeParameters,
        memberOptions: SymbolDisplayMemberOptions.IncludeContainingType);

    public static EquatableArray<AttributeUseModel> Read(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
    {
        var symbol = context.TargetSymbol;
        var uses = new List<AttributeUseModel>();
        foreach (var attribute in context.Attributes)
        {
            if (AimsAttributeNames.NameOf(attribute) is not { } name || attribute.ApplicationSyntaxReference is not { } reference)
            {
                continue;
            }

            var line = reference.SyntaxTree.GetLineSpan(reference.Span, cancellationToken).StartLinePosition.Line + 1;
            uses.Add(new AttributeUseModel(
                name,
                IdOf(symbol),
                symbol is IAssemblySymbol ? AssemblyId : symbol.ToDisplayString(SymbolFormat),
                Containers(symbol).ToEquatableArray(),
                AttributeArguments.All(attribute).Select(argument => ToModel(argument.Name, argument.Value)).ToEquatableArray(),
                new SourceLocation(reference.SyntaxTree.FilePath, line)));
        }

        return uses.ToEquatableArray();
    }

    public static string IdOf(ISymbol symbol) =>
        symbol is IAssemblySymbol ? AssemblyId : DocumentationCommentId.CreateDeclarationId(symbol) ?? symbol.ToDisplayString(SymbolFormat);

    private static IEnumerable<string> Containers(ISymbol symbol)
    {
        if (symbol is IAssemblySymbol)
        {
            yield break;
        }

        for (var type = symbol.ContainingType; type is not null; type = type.ContainingType)
        {
            yield return IdOf(type);
        }

        yield return AssemblyId;
    }

    private static AttributeArgumentModel ToModel(string name, TypedConstant value)
    {
        if (value.Kind == TypedConstantKind.Array)
        {
            var values = value.IsNull ? Enumerable.Empty<string>() : value.Values.Select(element => Text(element) ?? string.Empty);
            return new AttributeArgumentModel(name, AttributeValueKind.Array, null, values.ToEquatableArray());
        }

        var kind = value.Kind == TypedConstantKind.Enum ? AttributeValueKind.Enum
            : value.Value is bool ? AttributeValueKind.Boolean
            : value.Value is string or null ? AttributeValueKind.String
            : AttributeValueKind.Number;
        return new AttributeArgumentModel(name, kind, Text(value), EquatableArray<string>.Empty);
    }

    private static string? Text(TypedConstant value)
    {
        if (value.Kind == TypedConstantKind.Enum && value.Type is INamedTypeSymbol enumType)
        {
            var member = enumType.GetMembers().OfType<IFieldSymbol>().FirstOrDefault(field => field.HasConstantValue && Equals(field.ConstantValue, value.Value));
            return member?.Name ?? System.Convert.ToString(value.Value, CultureInfo.InvariantCulture);
        }

        return value.Value switch
        {
            null => null,
            string text => text,
            bool flag => flag ? "true" : "false",
            double number => number.ToString("R", CultureInfo.InvariantCulture),
            float number => number.ToString("R", CultureInfo.InvariantCulture),
            var other => System.Convert.ToString(other, CultureInfo.InvariantCulture),
        };
    }
}
