namespace Aims;

/// <summary>
/// How people oversee the output of an AI system (EU AI Act Art. 14; evidence for ISO/IEC 42001 A.9.2, A.6.2.6 and A.3.2).
/// </summary>
public enum OversightMode
{
    /// <summary>A person reviews and approves every output before it takes effect.</summary>
    HumanInTheLoop = 0,

    /// <summary>Outputs take effect, and a person monitors them and can intervene, override or stop the system.</summary>
    HumanOnTheLoop = 1,

    /// <summary>A person decides when and how the system is used, and can stop it, without reviewing each output.</summary>
    HumanInCommand = 2,
}
