namespace Aims;

/// <summary>Where a model runs (ISO/IEC 42001 A.4.4 tooling and A.4.5 computing resources; A.10.3 suppliers).</summary>
public enum AiModelHosting
{
    /// <summary>Not stated. The manifest writes null, and the controls that depend on hosting treat it as unknown.</summary>
    Unspecified = 0,

    /// <summary>A supplier's hosted API.</summary>
    Api = 1,

    /// <summary>The organisation's own infrastructure.</summary>
    SelfHosted = 2,

    /// <summary>The user's device.</summary>
    OnDevice = 3,
}
