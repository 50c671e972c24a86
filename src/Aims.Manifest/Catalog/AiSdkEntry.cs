using System.Collections.Immutable;
using Aims.Manifest.Vocabulary;

namespace Aims.Manifest.Catalog;

/// <summary>
/// One row of the catalogue: the members of a type that send data to, or run, an AI model, or use an AI provider's services.
/// Calls through overrides and interface implementations of these members match too.
/// </summary>
/// <param name="Sdk">The SDK family, as shown in messages and the manifest.</param>
/// <param name="Provider">Who runs the model; null for provider-neutral abstractions and local inference.</param>
/// <param name="TypeMetadataName">The metadata name of the declaring type (generic arity as `N, nesting as +).</param>
/// <param name="Members">The member names; <see cref="Constructor"/> where construction sends a request.</param>
/// <param name="Kind">What the call does.</param>
/// <param name="KeptFor">
/// The SDK versions the row is kept for when its members are not in the versions the tests restore (older releases
/// users still build against, or a package that does not restore here); null for a row of the tested versions.
/// </param>
internal sealed record AiSdkEntry(
    string Sdk,
    ModelProvider? Provider,
    string TypeMetadataName,
    ImmutableArray<string> Members,
    AiCallKind Kind,
    string? KeptFor = null)
{
    public const string Constructor = ".ctor";

    /// <summary>The type's name as code writes it in <c>new T(...)</c>: without namespace, containing types or arity.</summary>
    public string TypeSimpleName => TypeMetadataName.Substring(TypeMetadataName.LastIndexOfAny(new[] { '.', '+' }) + 1).Split('`')[0];
}
