using System.Threading;
using Microsoft.CodeAnalysis;

namespace Aims.Analyzers.Declarations;

/// <summary>One Aims attribute applied to a symbol, in source or in a referenced assembly.</summary>
internal sealed class AimsAttributeUse
{
    public AimsAttributeUse(ISymbol symbol, AttributeData attribute, string name)
    {
        Symbol = symbol;
        Attribute = attribute;
        Name = name;
    }

    public ISymbol Symbol { get; }

    public AttributeData Attribute { get; }

    /// <summary>The attribute's type name, one of <see cref="AimsAttributeNames"/>.</summary>
    public string Name { get; }

    public SyntaxTree? SyntaxTree => Attribute.ApplicationSyntaxReference?.SyntaxTree;

    public bool IsInSource => Attribute.ApplicationSyntaxReference is not null;

    /// <summary>The system id of an [AiSystem] or [PartOfAiSystem] (its first constructor argument).</summary>
    public string? SystemId =>
        Attribute.ConstructorArguments.Length > 0 && Attribute.ConstructorArguments[0] is { Kind: TypedConstantKind.Primitive, Value: string id } ? id : null;

    public string? GetString(string member) => AttributeArguments.GetString(Attribute, member);

    public Location GetLocation(CancellationToken cancellationToken) =>
        Attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken).GetLocation() ?? Location.None;

    public Location GetLocation(string member, CancellationToken cancellationToken) =>
        AttributeArguments.LocationOf(Attribute, member, cancellationToken);

    /// <summary>Where the attribute is, for messages: the source file and line, or the referenced assembly.</summary>
    public string DescribePlace(CancellationToken cancellationToken)
    {
        var location = GetLocation(cancellationToken);
        if (location.IsInSource)
        {
            var span = location.GetLineSpan();
            return $"{System.IO.Path.GetFileName(span.Path)}({span.StartLinePosition.Line + 1})";
        }

        return "assembly " + Symbol.ContainingAssembly?.Name;
    }
}
