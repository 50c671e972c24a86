using System;

namespace Aims;

/// <summary>
/// Declares an entry of an AI system's risk register: ISO/IEC 42001 clauses 6.1.2 (risk assessment) and 6.1.3 (risk
/// treatment), A.5.2 (impact assessment process) and EU AI Act Art. 9 (risk management). Repeat it for every risk.
/// </summary>
[AttributeUsage(AimsAttributeTargets.SystemCode, AllowMultiple = true, Inherited = false)]
public sealed class AiRiskAttribute : Attribute
{
    /// <summary>Declares a risk.</summary>
    /// <param name="id">The risk's id in the register, for example "R-012".</param>
    /// <param name="description">What could go wrong and for whom.</param>
    /// <param name="treatment">How the risk is treated.</param>
    public AiRiskAttribute(string id, string description, AiRiskTreatment treatment)
    {
        Id = id;
        Description = description;
        Treatment = treatment;
    }

    /// <summary>The risk's id in the register.</summary>
    public string Id { get; }

    /// <summary>What could go wrong and for whom.</summary>
    public string Description { get; }

    /// <summary>How the risk is treated (clause 6.1.3).</summary>
    public AiRiskTreatment Treatment { get; }

    /// <summary>The role that accepted the residual risk (clause 6.1.3; Art. 9(5)).</summary>
    public string? ResidualRiskAcceptedBy { get; set; }

    /// <summary>The ISO/IEC 42001 Annex A controls that treat the risk, for example "A.6.2.4" (clause 6.1.3 c and d).</summary>
    public string[]? Controls { get; set; }

    /// <summary>When the risk was last reviewed, as an ISO 8601 date (yyyy-MM-dd).</summary>
    public string? ReviewDate { get; set; }
}
