using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace Aims.Analyzers.Detection;

/// <summary>
/// A model supplier: its name as every table, message and manifest writes it, the namespaces of its SDKs, the form of a
/// pinned model identifier (one that names a fixed snapshot or version; null when the supplier's identifiers are not
/// model versions, such as Azure deployment names) and the environment variable its keys are conventionally read from.
/// </summary>
internal sealed class ModelProvider
{
    public ModelProvider(string name, string? pinnedPattern, string? pinnedExample, string credentialVariable, params string[] sdkNamespaces)
    {
        Name = name;
        PinnedPattern = pinnedPattern is null ? null : new Regex(pinnedPattern, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);
        PinnedExample = pinnedExample;
        CredentialVariable = credentialVariable;
        SdkNamespaces = ImmutableArray.Create(sdkNamespaces);
    }

    public string Name { get; }

    public Regex? PinnedPattern { get; }

    /// <summary>A pinned identifier of this provider, for messages and docs.</summary>
    public string? PinnedExample { get; }

    public string CredentialVariable { get; }

    public ImmutableArray<string> SdkNamespaces { get; }

    public override string ToString() => Name;
}
