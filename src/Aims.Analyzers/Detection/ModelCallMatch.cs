namespace Aims.Analyzers.Detection;

/// <summary>Why a called member is a model call: the SDK it belongs to, who runs the model and what the call does.</summary>
internal sealed record ModelCallMatch(string Sdk, string Provider, AiCallKind Kind)
{
    public const string DeclaredSdk = "[AiModelCall]";
    public const string ConfiguredSdk = "aims.model_call_symbols";

    public static ModelCallMatch Declared { get; } = new(DeclaredSdk, "in-house", AiCallKind.Custom);

    public static ModelCallMatch Configured { get; } = new(ConfiguredSdk, "in-house", AiCallKind.Custom);

    public static ModelCallMatch From(AiSdkEntry entry) => new(entry.Sdk, entry.Provider, entry.Kind);
}
