namespace Aims.Analyzers.Generator;

/// <summary>
/// One argument written on an Aims attribute. <see cref="Value"/> is the invariant text of a string, number or bool, or
/// the member name of an enum (the number when undefined); <see cref="Values"/> holds array elements.
/// </summary>
internal sealed record AttributeArgumentModel(string Name, AttributeValueKind Kind, string? Value, EquatableArray<string> Values);

internal enum AttributeValueKind
{
    String,
    Number,
    Boolean,
    Enum,
    Array,
}
