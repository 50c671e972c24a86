using System.Collections.Immutable;

namespace Aims.Analyzers.Detection;

/// <summary>
/// Where an SDK takes a credential: the parameters (of any constructor or method) and the properties of one type that
/// carry a key, token or secret. A null <see cref="TypeMetadataName"/> stands for every type of an AI SDK assembly.
/// </summary>
/// <param name="Sdk">The package family, for docs/rules/AIMS014.md.</param>
internal sealed record CredentialSite(string Sdk, string? TypeMetadataName, ImmutableArray<string> Parameters, ImmutableArray<string> Properties);
