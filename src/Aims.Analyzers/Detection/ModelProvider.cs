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
        PinnedForm = pinnedPattern;
        PinnedExample = pinnedExample;
        CredentialVariable = credentialVariable;
        SdkNamespaces = ImmutableArray.Create(sdkNamespaces);
    }

    public string Name { get; }

    /// <summary>The regular expression a pinned identifier matches; null when this provider's identifiers are not versions.</summary>
    public string? PinnedForm { get; }

    private Regex? _pinnedPattern;

    /// <summary>A pinned identifier of this provider, for messages and docs.</summary>
    public string? PinnedExample { get; }

    public string CredentialVariable { get; }

    public ImmutableArray<string> SdkNamespaces { get; }

    /// <summary>Whether an identifier has the pinned form; always when there is none. Compiled on first use: most builds never check one.</summary>
    public bool HasPinnedForm(string id) =>
        PinnedForm is null || (_pinnedPattern ??= new Regex(PinnedForm, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)).IsMatch(id);

    public override string ToString() => Name;
}
