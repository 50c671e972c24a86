namespace Aims.Analyzers.Model;

/// <summary>A literal credential passed where an AI client or credential is created (AIMS014). The value is never kept.</summary>
/// <param name="TypeName">The created or configured type, for the message.</param>
internal sealed record CredentialModel(SourceLocation Location, string TypeName);
