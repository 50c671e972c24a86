namespace Aims.Analyzers.Generator;

/// <summary>A model named by a constant where a client is created or configured, and the system whose code names it.</summary>
internal sealed record ModelLiteralModel(string Provider, string ModelId, string CoveringSystemId);
