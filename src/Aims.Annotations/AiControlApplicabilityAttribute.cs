using System;

namespace Aims;

/// <summary>
/// An entry of the Statement of Applicability (ISO/IEC 42001 clause 6.1.3 f): whether an Annex A control applies,
/// with the justification for including or excluding it and a reference to its evidence. Repeat it for every control.
/// </summary>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true, Inherited = false)]
public sealed class AiControlApplicabilityAttribute : Attribute
{
    /// <summary>Declares whether an Annex A control applies.</summary>
    /// <param name="controlId">The Annex A control id, for example "A.2.2".</param>
    /// <param name="applicable">Whether the control applies.</param>
    public AiControlApplicabilityAttribute(string controlId, bool applicable)
    {
        ControlId = controlId;
        Applicable = applicable;
    }

    /// <summary>The Annex A control id.</summary>
    public string ControlId { get; }

    /// <summary>Whether the control applies.</summary>
    public bool Applicable { get; }

    /// <summary>Why the control is included or excluded; required for an exclusion (clause 6.1.3 f).</summary>
    public string? Justification { get; set; }

    /// <summary>Where the evidence of the control is kept, such as a document id or a ticket.</summary>
    public string? Evidence { get; set; }
}
