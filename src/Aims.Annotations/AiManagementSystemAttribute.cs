using System;

namespace Aims;

/// <summary>
/// Declares the AI management system the assembly falls under: its scope (ISO/IEC 42001 clause 4.3), the AI policy
/// (clause 5.2, A.2.2) and who takes incident reports (A.8.4; EU AI Act Art. 73 for serious incidents).
/// </summary>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = false, Inherited = false)]
public sealed class AiManagementSystemAttribute : Attribute
{
    /// <summary>Declares the management system.</summary>
    /// <param name="organization">The organisation whose AI management system covers this assembly.</param>
    public AiManagementSystemAttribute(string organization) => Organization = organization;

    /// <summary>The organisation whose AI management system covers this assembly (clause 4.3).</summary>
    public string Organization { get; }

    /// <summary>The scope statement of the AI management system (clause 4.3).</summary>
    public string? Scope { get; set; }

    /// <summary>The reference of the AI policy document (clause 5.2; A.2.2).</summary>
    public string? PolicyReference { get; set; }

    /// <summary>An absolute URI of the AI policy (clause 5.2; A.2.2).</summary>
    public string? PolicyUri { get; set; }

    /// <summary>Where incidents and concerns are reported: a mailbox, a queue or a role (A.3.3, A.8.4; Art. 73).</summary>
    public string? IncidentContact { get; set; }
}
