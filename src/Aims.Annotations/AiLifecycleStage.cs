namespace Aims;

/// <summary>The life cycle stage of an AI system (ISO/IEC 42001 A.6.2; the stages of ISO/IEC 22989).</summary>
public enum AiLifecycleStage
{
    /// <summary>Not stated.</summary>
    Unspecified = 0,

    /// <summary>The need and objectives are being defined.</summary>
    Inception = 1,

    /// <summary>The system is being designed and built.</summary>
    DesignAndDevelopment = 2,

    /// <summary>The system is being verified and validated before release.</summary>
    VerificationAndValidation = 3,

    /// <summary>The system is being released to its users.</summary>
    Deployment = 4,

    /// <summary>The system is in use and monitored.</summary>
    OperationAndMonitoring = 5,

    /// <summary>The system in use is being re-evaluated against its objectives.</summary>
    ReEvaluation = 6,

    /// <summary>The system is being withdrawn.</summary>
    Retirement = 7,
}
