namespace Aims;

/// <summary>How a risk is treated (ISO/IEC 42001 clause 6.1.3; EU AI Act Art. 9(2)(d)).</summary>
public enum AiRiskTreatment
{
    /// <summary>The activity that causes the risk is not done.</summary>
    Avoid = 0,

    /// <summary>Controls reduce the likelihood or the impact.</summary>
    Mitigate = 1,

    /// <summary>The risk is shared with another party, such as a supplier or an insurer.</summary>
    Transfer = 2,

    /// <summary>The risk is accepted as it is, by a named role.</summary>
    Accept = 3,
}
