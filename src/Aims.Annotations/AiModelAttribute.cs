using System;

namespace Aims;

/// <summary>
/// Declares a model an AI system uses and its supplier: evidence for ISO/IEC 42001 A.4.4 (tooling resources),
/// A.6.2.3 (design and development documentation) and A.10.3 (suppliers), and the Annex IV technical
/// documentation of the EU AI Act (Art. 11). Repeat it for every model.
/// </summary>
[AttributeUsage(AimsAttributeTargets.SystemCode, AllowMultiple = true, Inherited = false)]
public sealed class AiModelAttribute : Attribute
{
    /// <summary>Declares a model.</summary>
    /// <param name="provider">Who supplies the model (for example "OpenAI", "Anthropic", "in-house").</param>
    /// <param name="modelId">The model identifier as the supplier names it, pinned to a snapshot where the supplier offers one (for example "gpt-4o-2024-08-06").</param>
    public AiModelAttribute(string provider, string modelId)
    {
        Provider = provider;
        ModelId = modelId;
    }

    /// <summary>Who supplies the model (ISO/IEC 42001 A.10.3).</summary>
    public string Provider { get; }

    /// <summary>The model identifier as the supplier names it.</summary>
    public string ModelId { get; }

    /// <summary>An explicit version when the identifier does not carry one (ISO/IEC 42001 A.6.2.3; EU AI Act Annex IV 1(b)).</summary>
    public string? Version { get; set; }

    /// <summary>Where the model runs (ISO/IEC 42001 A.4.5); Unspecified unless set.</summary>
    public AiModelHosting Hosting { get; set; }

    /// <summary>The reference of the agreement with the supplier, such as a contract or terms-of-service id (ISO/IEC 42001 A.10.3).</summary>
    public string? SupplierAgreement { get; set; }

    /// <summary>An absolute URI of the model card or supplier documentation (ISO/IEC 42001 A.10.3; EU AI Act Art. 53 for general-purpose models).</summary>
    public string? ModelCardUri { get; set; }
}
