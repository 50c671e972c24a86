namespace Aims.Analyzers.Model;

/// <summary>What a string constant passed to an AI SDK is: a model identifier, a literal credential, or neither.</summary>
internal sealed record LiteralSiteModel(ModelIdentifierModel? Identifier, CredentialModel? Credential);
