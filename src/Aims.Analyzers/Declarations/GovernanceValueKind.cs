namespace Aims.Analyzers.Declarations;

/// <summary>What a governance attribute argument holds, and so how it is validated.</summary>
internal enum GovernanceValueKind
{
    /// <summary>Free text; required when it is a constructor argument.</summary>
    Text,

    /// <summary>A stable identifier (see <see cref="GovernanceValueRules.IsWellFormedId"/>).</summary>
    Id,

    /// <summary>An ISO/IEC 42001 Annex A control id.</summary>
    ControlId,

    /// <summary>An array of Annex A control ids.</summary>
    ControlIds,

    /// <summary>An ISO 8601 date or date-time.</summary>
    Date,

    /// <summary>An absolute URI.</summary>
    Uri,

    /// <summary>A count that cannot be negative.</summary>
    NonNegativeInteger,

    /// <summary>Enums, booleans and numbers: only enums are checked, for undefined values.</summary>
    Other,
}
