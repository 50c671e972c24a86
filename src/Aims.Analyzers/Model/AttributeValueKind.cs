namespace Aims.Analyzers.Model;

/// <summary>How an attribute argument was written.</summary>
internal enum AttributeValueKind
{
    /// <summary>A string, or null.</summary>
    Text,
    Number,
    Boolean,

    /// <summary>A defined member of an enum: the value is the member name.</summary>
    Enum,

    /// <summary>A number cast to an enum that has no such member: the value is the number.</summary>
    UndefinedEnum,

    /// <summary>An array: the elements are in <see cref="AttributeArgumentModel.Values"/>; null arrays have none.</summary>
    Array,
}
