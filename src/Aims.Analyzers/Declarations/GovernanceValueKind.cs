using Aims.Manifest.Vocabulary;

namespace Aims.Analyzers.Declarations;

/// <summary>What a governance attribute member holds, and so how AIMS007 validates it and the manifest writes it.</summary>
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

    /// <summary>A number; NaN means not stated.</summary>
    Number,

    Boolean,

    /// <summary>A member of one of <see cref="GovernanceEnums"/>; an undefined value is invalid.</summary>
    Enum,
}
