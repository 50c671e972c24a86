using System;

namespace Aims;

/// <summary>
/// Declares how people are told about an AI system: the transparency duties of EU AI Act Art. 50 and
/// ISO/IEC 42001 A.8.2 (system documentation and information for users) and A.8.3 (external reporting).
/// Repeat it for every kind of disclosure.
/// </summary>
[AttributeUsage(AimsAttributeTargets.SystemCode, AllowMultiple = true, Inherited = false)]
public sealed class AiDisclosureAttribute : Attribute
{
    /// <summary>Declares a disclosure.</summary>
    /// <param name="kind">The Art. 50 duty the disclosure meets.</param>
    public AiDisclosureAttribute(AiDisclosureKind kind) => Kind = kind;

    /// <summary>The Art. 50 duty the disclosure meets.</summary>
    public AiDisclosureKind Kind { get; }

    /// <summary>The text shown to people, for example "You are chatting with an AI assistant" (Art. 50(1) and (5)).</summary>
    public string? Text { get; set; }

    /// <summary>How the disclosure is made when it is not a text, for example "C2PA content credentials" (Art. 50(2)).</summary>
    public string? Mechanism { get; set; }
}
