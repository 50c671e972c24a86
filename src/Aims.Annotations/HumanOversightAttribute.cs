using System;

namespace Aims;

/// <summary>
/// Declares how people oversee an AI system (EU AI Act Art. 14). Evidence for ISO/IEC 42001 A.9.2
/// (responsible use), A.6.2.6 (operation and monitoring) and A.3.2 (roles).
/// </summary>
[AttributeUsage(AimsAttributeTargets.SystemCode, AllowMultiple = false, Inherited = false)]
public sealed class HumanOversightAttribute : Attribute
{
    /// <summary>Declares human oversight of the AI system the annotated code belongs to.</summary>
    /// <param name="mode">How people oversee the system's outputs.</param>
    public HumanOversightAttribute(OversightMode mode) => Mode = mode;

    /// <summary>How people oversee the system's outputs.</summary>
    public OversightMode Mode { get; }

    /// <summary>The role that reviews, overrides or stops the system (for example "Support agent").</summary>
    public string? Reviewer { get; set; }
}
