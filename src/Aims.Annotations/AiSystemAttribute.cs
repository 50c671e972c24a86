using System;

namespace Aims;

/// <summary>
/// Declares an AI system and covers every AI model call inside the annotated code: members, lambdas, local
/// functions and nested types. On the assembly it covers the whole assembly.
/// </summary>
/// <remarks>
/// The declaration is the inventory entry that ISO/IEC 42001 A.4.2 (resources) and A.6.2.2 (design and
/// development documentation) ask for, and the statement of intended use of A.9.4.
/// </remarks>
/// <example>
/// <code>
/// [AiSystem("support-assistant", Name = "Customer support assistant", Purpose = "Drafts replies to tickets",
///     Owner = "Support Engineering", Risk = AiRiskLevel.Limited)]
/// public sealed class ReplyDrafter { }
/// </code>
/// </example>
[AttributeUsage(AimsAttributeTargets.SystemCode, AllowMultiple = false, Inherited = false)]
public sealed class AiSystemAttribute : Attribute
{
    /// <summary>Declares an AI system.</summary>
    /// <param name="id">
    /// A stable identifier, unique in the organisation: 1 to 128 letters, digits, '.', '_' and '-', starting with a
    /// letter or a digit (for example "support-assistant"). Ids are compared case-sensitively.
    /// </param>
    public AiSystemAttribute(string id) => Id = id;

    /// <summary>The stable identifier of the system.</summary>
    public string Id { get; }

    /// <summary>A human-readable name.</summary>
    public string? Name { get; set; }

    /// <summary>The intended purpose (ISO/IEC 42001 A.9.4; EU AI Act Art. 13).</summary>
    public string? Purpose { get; set; }

    /// <summary>The accountable owner: a team or a role (ISO/IEC 42001 A.3.2).</summary>
    public string? Owner { get; set; }

    /// <summary>The risk tier from the AI risk assessment (ISO/IEC 42001 6.1.2; EU AI Act Art. 5, 6 and 50).</summary>
    public AiRiskLevel Risk { get; set; }

    /// <summary>
    /// The reference of the AI system impact assessment (ISO/IEC 42001 clause 6.1.4, A.5.2 and A.5.3; the
    /// fundamental-rights impact assessment of EU AI Act Art. 27 for high-risk systems).
    /// </summary>
    public string? ImpactAssessment { get; set; }

    /// <summary>The life cycle stage (ISO/IEC 42001 A.6.2).</summary>
    public AiLifecycleStage Lifecycle { get; set; }

    /// <summary>
    /// Whether people interact with the system or receive its output directly; true unless set. A system that only
    /// serves other software (for example a batch classifier) sets it to false, and then owes no Art. 50 disclosure.
    /// </summary>
    public bool ServesPeopleDirectly { get; set; } = true;
}
