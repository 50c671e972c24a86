using System.Collections.Immutable;

namespace Aims.Manifest.Catalog;

/// <summary>
/// A model supplier: its name as every table, message and manifest writes it, the namespaces of its SDKs, the form of a
/// pinned model identifier (null when AIMS010 does not check the supplier's identifiers: they name deployments or
/// repositories, their versioning is not known, or, like Ollama's, none is pinned) and the environment variable its keys
/// are conventionally read from.
/// </summary>
internal sealed class ModelProvider
{
    public ModelProvider(string name, PinnedForm? pinnedForm, string credentialVariable, params string[] sdkNamespaces)
    {
        Name = name;
        PinnedForm = pinnedForm;
        CredentialVariable = credentialVariable;
        SdkNamespaces = ImmutableArray.Create(sdkNamespaces);
    }

    public string Name { get; }

    public PinnedForm? PinnedForm { get; }

    public string CredentialVariable { get; }

    public ImmutableArray<string> SdkNamespaces { get; }

    public override string ToString() => Name;
}
