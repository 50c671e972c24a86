using System;

namespace Aims;

/// <summary>
/// Declares the automatic event logs an AI system keeps: ISO/IEC 42001 A.6.2.8 (recording of event logs) and EU AI
/// Act Art. 12 (record-keeping), with retention under Art. 19 and Art. 26(6) (at least six months for high-risk systems).
/// </summary>
[AttributeUsage(AimsAttributeTargets.SystemCode, AllowMultiple = false, Inherited = false)]
public sealed class AiEventLoggingAttribute : Attribute
{
    /// <summary>Declares event logging.</summary>
    /// <param name="events">What is logged, for example "prompts, responses, reviewer decisions" (Art. 12(2)).</param>
    public AiEventLoggingAttribute(string events) => Events = events;

    /// <summary>What is logged (Art. 12(2)).</summary>
    public string Events { get; }

    /// <summary>How many days the logs are kept (Art. 19(1), Art. 26(6)); 0 when not stated.</summary>
    public int RetentionDays { get; set; }
}
