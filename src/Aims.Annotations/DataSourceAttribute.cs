using System;

namespace Aims;

/// <summary>
/// Declares a data source an AI system uses: data provenance for ISO/IEC 42001 A.7.5, the data resources of
/// A.4.3 and the data governance of EU AI Act Art. 10. Repeat it for every source.
/// </summary>
[AttributeUsage(AimsAttributeTargets.SystemCode, AllowMultiple = true, Inherited = false)]
public sealed class DataSourceAttribute : Attribute
{
    /// <summary>Declares a data source.</summary>
    /// <param name="name">A stable name of the data source (for example "ticket-history").</param>
    public DataSourceAttribute(string name) => Name = name;

    /// <summary>The stable name of the data source.</summary>
    public string Name { get; }

    /// <summary>What the system does with the data; Unspecified (null in the manifest) unless set.</summary>
    public DataUsage Usage { get; set; }

    /// <summary>Whether the data contains personal data (GDPR Art. 4(1); ISO/IEC 42001 A.7.4). Not setting it states nothing: the manifest writes null and A.7.4 stays a gap.</summary>
    public bool ContainsPersonalData { get; set; }

    /// <summary>
    /// The lawful basis for processing personal data, such as "Contract", "Consent" or "LegitimateInterest"
    /// (GDPR Art. 6). Required when <see cref="ContainsPersonalData"/> is true.
    /// </summary>
    public string? LawfulBasis { get; set; }
}
