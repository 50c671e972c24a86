namespace Aims;

/// <summary>
/// The risk tier of an AI system, following the tiers of the EU AI Act (Regulation 2024/1689).
/// The tier is the outcome of the AI risk assessment of ISO/IEC 42001 clause 6.1.2.
/// </summary>
public enum AiRiskLevel
{
    /// <summary>No risk assessment has been made yet. This is the value when <see cref="AiSystemAttribute.Risk"/> is not set.</summary>
    Unassessed = 0,

    /// <summary>Minimal risk: no specific obligations under the EU AI Act.</summary>
    Minimal = 1,

    /// <summary>Limited risk: transparency obligations towards people (EU AI Act Art. 50).</summary>
    Limited = 2,

    /// <summary>High risk: an Annex III area or a safety component (EU AI Act Art. 6); Articles 9 to 15 apply.</summary>
    High = 3,

    /// <summary>A prohibited practice (EU AI Act Art. 5). Such a system must not be placed on the market or used.</summary>
    Prohibited = 4,
}
