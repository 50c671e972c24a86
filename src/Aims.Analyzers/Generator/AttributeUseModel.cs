namespace Aims.Analyzers.Generator;

/// <summary>
/// An Aims attribute in source, as plain values: which attribute, on which symbol (its documentation-comment id and
/// the ids of its containing types, innermost first, so that facts can be attached to the nearest system), and where.
/// </summary>
internal sealed record AttributeUseModel(
    string AttributeName,
    string SymbolId,
    string SymbolDisplay,
    EquatableArray<string> ContainerIds,
    EquatableArray<AttributeArgumentModel> Arguments,
    SourceLocation Location)
{
    public string? Argument(string name)
    {
        foreach (var argument in Arguments)
        {
            if (string.Equals(argument.Name, name, System.StringComparison.OrdinalIgnoreCase))
            {
                return argument.Value;
            }
        }

        return null;
    }

    public EquatableArray<string> ArgumentValues(string name)
    {
        foreach (var argument in Arguments)
        {
            if (string.Equals(argument.Name, name, System.StringComparison.OrdinalIgnoreCase))
            {
                return argument.Values;
            }
        }

        return EquatableArray<string>.Empty;
    }
}
