using Aims.Manifest.Catalog;
using Aims.Manifest.Vocabulary;

namespace Aims.Analyzers.Detection;

/// <summary>Why a called member is an AI call: the SDK it belongs to, who runs the model (null when unknown) and what the call does.</summary>
internal sealed record ModelCallMatch(string Sdk, ModelProvider? Provider, AiCallKind Kind)
{
    public const string DeclaredSdk = "[AiModelCall]";
    public const string ConfiguredSdk = "aims.model_call_symbols";

    public static ModelCallMatch Declared { get; } = new(DeclaredSdk, null, AiCallKind.Custom);

    public static ModelCallMatch Configured { get; } = new(ConfiguredSdk, null, AiCallKind.Custom);

    public static ModelCallMatch From(AiSdkEntry entry) => new(entry.Sdk, entry.Provider, entry.Kind);
}
