namespace Aims.Manifest.Model;

/// <summary>
/// A model of a system: <c>declared</c> with [AiModel], or <c>inferred</c> from a model id the code passes to an SDK or
/// from the provider its calls reach. <see cref="Pinned"/> says whether the deployment is fixed to one model version (a
/// stated Version, or an id in its provider's versioned form); null where no model id is known.
/// </summary>
internal sealed record ModelEntry(
    string? Provider,
    string? ModelId,
    string? Version,
    string? Hosting,
    string? SupplierAgreement,
    string? ModelCardUri,
    string Source,
    bool? Pinned,
    string? Sdk,
    SourceLocation? DeclaredAt)
{
    public const string Declared = "declared";
    public const string Inferred = "inferred";
}
