namespace Aims.Analyzers.Model;

/// <summary>
/// One argument written on a governance attribute: the member it sets (a constructor parameter by its property's
/// name), the value as invariant text (an enum by member name), and where it is written.
/// </summary>
/// <param name="Member">The property the argument sets, for example "Owner" or "Id".</param>
/// <param name="TypeName">The argument's type name, for messages ("AiRiskLevel").</param>
/// <param name="IsNull">True for a null string or array.</param>
/// <param name="Location">Where the argument is written; null in referenced assemblies.</param>
internal sealed record AttributeArgumentModel(
    string Member,
    AttributeValueKind Kind,
    string? Value,
    EquatableArray<string?> Values,
    string TypeName,
    bool IsConstructorArgument,
    bool IsNull,
    SourceLocation? Location);
