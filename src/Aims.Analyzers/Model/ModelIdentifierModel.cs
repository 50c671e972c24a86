namespace Aims.Analyzers.Model;

/// <summary>
/// A model named by a constant where an AI client is created or configured: AIMS010 checks it, and AIMS022 records it
/// for the manifest, which lists it as an inferred model of the system whose code names it.
/// </summary>
/// <param name="Provider">The provider whose SDK receives the identifier; null for provider-neutral SDKs.</param>
internal sealed record ModelIdentifierModel(SourceLocation Location, string? Provider, string ModelId);
