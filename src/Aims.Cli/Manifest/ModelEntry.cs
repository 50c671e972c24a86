namespace Aims.Cli.Manifest;

/// <summary>A model the system uses: declared with <c>[AiModel]</c>, or inferred from the code.</summary>
internal sealed record ModelEntry(
    string? Provider,
    string? ModelId,
    string? Version,
    string? Hosting,
    string? SupplierAgreement,
    string? ModelCardUri,
    string Source,
    string? Sdk,
    SourceLocation? DeclaredAt);
