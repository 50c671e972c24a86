using System;
using System.Collections.Immutable;
using System.Linq;
using Aims.Manifest.Screening;

namespace Aims.Manifest.Catalog;

/// <summary>
/// The one table of model suppliers: the SDK catalogue, the model hosts, the manifest, AIMS010 (pinned forms, rendered in
/// docs/rules/AIMS010.md), AIMS014's code fix (key variables) and docs/sdk-catalogue.md all name providers through it.
/// </summary>
internal static class ModelProviders
{
    // Anthropic pins every id from the 4.6 generation on without a date (claude-{name}-{major}-{minor}); earlier models
    // have dated ids and floating aliases (claude-sonnet-4-5): platform.claude.com/docs/en/about-claude/models/model-ids-and-versions
    private const string UndatedClaude = @"claude-[a-z]+-(4-([6-9]|[1-9]\d+)|([5-9]|[1-9]\d+)(-\d+)?)$";

    public static readonly ModelProvider OpenAI = new(
        "OpenAI",
        new PinnedForm(@"-\d{4}-\d{2}-\d{2}$|-\d{4}(-preview)?$|^ft:", "ends with a date `-YYYY-MM-DD` (or, for older models, a `-MMDD` snapshot such as `gpt-3.5-turbo-0125`), or is a fine-tuned `ft:` id", "gpt-4o-2024-08-06"),
        "OPENAI_API_KEY",
        "OpenAI");

    // Azure deployment names are not model ids, and the SDK calls them deploymentName; a declared [AiModel] names the model itself.
    public static readonly ModelProvider AzureOpenAI = new("Azure OpenAI", OpenAI.PinnedForm, "AZURE_OPENAI_API_KEY", "Azure.AI.OpenAI");

    public static readonly ModelProvider Anthropic = new(
        "Anthropic",
        new PinnedForm(@"[-@]\d{8}$|^" + UndatedClaude, "ends with a date `-YYYYMMDD` (`@YYYYMMDD` on Vertex AI), or is an id of the 4.6 generation or later, which carries no date and names one snapshot for its lifetime (`claude-opus-4-6`)", "claude-sonnet-4-5-20250929"),
        "ANTHROPIC_API_KEY",
        "Anthropic");

    public static readonly ModelProvider Google = new(
        "Google",
        new PinnedForm(@"-\d{3}$|-\d{2}-\d{2}$", "ends with a three-digit version or a `-MM-DD` preview date", "gemini-1.5-pro-002"),
        "GOOGLE_API_KEY",
        "Google.GenAI", "Google.Cloud.AIPlatform", "Mscc.GenerativeAI");

    public static readonly ModelProvider Bedrock = new(
        "AWS Bedrock",
        new PinnedForm(@"-v\d+(:\d+)?$|^arn:|^([a-z]+\.)?anthropic\." + UndatedClaude, "ends with `-vN` or `-vN:M`, is an ARN, or is an Anthropic id of the 4.6 generation or later (`anthropic.claude-sonnet-4-6`)", "anthropic.claude-3-5-sonnet-20240620-v1:0"),
        "AWS_SECRET_ACCESS_KEY",
        "Amazon.BedrockRuntime");

    public static readonly ModelProvider Mistral = new(
        "Mistral",
        new PinnedForm(@"-\d{4}$", "ends with a `-YYMM` version", "mistral-large-2407"),
        "MISTRAL_API_KEY",
        "Mistral.SDK");

    // No identifier pins an Ollama model: see UnpinnableModels.
    public static readonly ModelProvider Ollama = new("Ollama", null, "OLLAMA_API_KEY", "OllamaSharp");
    public static readonly ModelProvider HuggingFace = new("Hugging Face", null, "HF_TOKEN", "HuggingFace");
    public static readonly ModelProvider AzureAIFoundry = new("Azure AI Foundry", null, "AZURE_AI_API_KEY");
    public static readonly ModelProvider AzureAIInference = new("Azure AI model inference", null, "AZURE_AI_API_KEY");
    public static readonly ModelProvider GitHubModels = new("GitHub Models", null, "GITHUB_TOKEN");
    public static readonly ModelProvider Cohere = new("Cohere", null, "COHERE_API_KEY");
    public static readonly ModelProvider Groq = new("Groq", null, "GROQ_API_KEY");
    public static readonly ModelProvider DeepSeek = new("DeepSeek", null, "DEEPSEEK_API_KEY");
    public static readonly ModelProvider XAI = new("xAI", null, "XAI_API_KEY");
    public static readonly ModelProvider OpenRouter = new("OpenRouter", null, "OPENROUTER_API_KEY");
    public static readonly ModelProvider TogetherAI = new("Together AI", null, "TOGETHER_API_KEY");
    public static readonly ModelProvider FireworksAI = new("Fireworks AI", null, "FIREWORKS_API_KEY");
    public static readonly ModelProvider Perplexity = new("Perplexity", null, "PERPLEXITY_API_KEY");
    public static readonly ModelProvider Replicate = new("Replicate", null, "REPLICATE_API_TOKEN");

    public static ImmutableArray<ModelProvider> All { get; } = ImmutableArray.Create(
        OpenAI, AzureOpenAI, Anthropic, Google, Bedrock, Mistral, Ollama, HuggingFace, AzureAIFoundry, AzureAIInference,
        GitHubModels, Cohere, Groq, DeepSeek, XAI, OpenRouter, TogetherAI, FireworksAI, Perplexity, Replicate);

    /// <summary>The namespaces of SDKs that reach many providers: a model identifier there is checked against every pinned form.</summary>
    public static ImmutableArray<string> ProviderNeutralNamespaces { get; } = ImmutableArray.Create(
        "Microsoft.Extensions.AI", "Microsoft.SemanticKernel", "LLama");

    /// <summary>The form an identifier of no known provider (in-house, or through a provider-neutral SDK) may also take.</summary>
    public static PinnedForm SemanticVersion { get; } = new(@"\d+\.\d+\.\d+$", "ends with a semantic version `N.N.N`", "fraud-model-3.1.0");

    /// <summary>
    /// A model identifier is pinned when its provider's form matches (any provider's when none is known), never when it
    /// ends in "-latest"; for a provider without a form, unless its models cannot be pinned.
    /// </summary>
    public static bool IsPinned(ModelProvider? provider, string modelId)
    {
        var id = modelId.Trim();
        if (id.EndsWith("-latest", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        return provider is null ? All.Any(p => p.PinnedForm is not null && p.PinnedForm.Matches(id)) || SemanticVersion.Matches(id)
            : provider.PinnedForm is { } form ? form.Matches(id)
            : !UnpinnableModels.Contains(provider, id);
    }

    /// <summary>
    /// Whether an identifier is pinned beyond doubt, as evidence needs: it has its known provider's pinned form, or, for
    /// an in-house model of no known provider, ends with a semantic version. An identifier that would only match some
    /// other provider's form, of a provider without versioned identifiers, or of a model that cannot be pinned is not.
    /// </summary>
    public static bool IsCertainlyPinned(ModelProvider? provider, string modelId) =>
        !UnpinnableModels.Contains(provider, modelId) && !modelId.Trim().EndsWith("-latest", StringComparison.OrdinalIgnoreCase) &&
        (provider is null ? SemanticVersion.Matches(modelId.Trim()) : provider.PinnedForm is { } form && form.Matches(modelId.Trim()));

    /// <summary>Whether AIMS010 checks identifiers of this provider: Azure deployment names, for example, are not model versions.</summary>
    public static bool ChecksPinning(ModelProvider? provider) => provider is null || provider.PinnedForm is not null;

    /// <summary>An example of a pinned identifier for messages; any provider's when it is not known.</summary>
    public static string PinnedExampleFor(ModelProvider? provider) => (provider?.PinnedForm ?? OpenAI.PinnedForm!).Example;

    /// <summary>The provider whose SDK declares a type, by namespace and then by assembly (adapters live in shared namespaces); null for provider-neutral SDKs.</summary>
    public static ModelProvider? OfSdkType(string? namespaceName, string? assemblyName) =>
        FindByNamespace(namespaceName) ?? FindByNamespace(assemblyName);

    /// <summary>Whether a type belongs to any AI SDK, provider-specific or neutral.</summary>
    public static bool IsAiSdkType(string? namespaceName, string? assemblyName) =>
        OfSdkType(namespaceName, assemblyName) is not null || ProviderNeutralNamespaces.Any(neutral => IsWithin(namespaceName, neutral));

    /// <summary>The provider named in an [AiModel] declaration or a manifest, matched by name or a well-known alias.</summary>
    public static ModelProvider? OfName(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        var exact = All.FirstOrDefault(p => string.Equals(p.Name, name!.Trim(), StringComparison.OrdinalIgnoreCase));
        if (exact is not null)
        {
            return exact;
        }

        bool Mentions(string text) => name!.IndexOf(text, StringComparison.OrdinalIgnoreCase) >= 0;
        return Mentions("azure") ? null
            : Mentions("openai") ? OpenAI
            : Mentions("anthropic") || Mentions("claude") ? Anthropic
            : Mentions("google") || Mentions("gemini") || Mentions("vertex") ? Google
            : Mentions("mistral") ? Mistral
            : Mentions("bedrock") || Mentions("aws") || Mentions("amazon") ? Bedrock
            : Mentions("ollama") ? Ollama
            : null;
    }

    /// <summary>The provider a model host belongs to (<see cref="ModelHost.ProviderName"/> is one of <see cref="All"/>'s names).</summary>
    public static ModelProvider? OfHost(ModelHost host) => All.FirstOrDefault(provider => provider.Name == host.ProviderName);

    private static ModelProvider? FindByNamespace(string? name)
    {
        if (name is null)
        {
            return null;
        }

        foreach (var provider in All)
        {
            foreach (var ns in provider.SdkNamespaces)
            {
                if (IsWithin(name, ns))
                {
                    return provider;
                }
            }
        }

        return null;
    }

    private static bool IsWithin(string? name, string ns) =>
        name is not null && (name == ns || name.StartsWith(ns + ".", StringComparison.Ordinal));
}
