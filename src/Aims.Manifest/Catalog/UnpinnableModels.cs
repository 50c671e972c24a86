using System.Collections.Immutable;
using System.Linq;

namespace Aims.Manifest.Catalog;

/// <summary>
/// The models that cannot be pinned: AIMS010 does not report them, since the user has no pinned identifier to write, and
/// no model of a provider listed whole counts as pinned. Rendered in docs/rules/AIMS010.md.
/// </summary>
internal static class UnpinnableModels
{
    private const string OpenAIModels = "https://developers.openai.com/api/docs/models/";
    private const string OllamaApi = "https://github.com/ollama/ollama/blob/main/docs/api.md";

    public static ImmutableArray<UnpinnableModel> All { get; } = ImmutableArray.Create(
        // Each model page lists the undated id as its only snapshot (omni-moderation-latest, by contrast, has
        // omni-moderation-2024-09-26, and gpt-4o-mini-tts has dated snapshots).
        new UnpinnableModel(ModelProviders.OpenAI, "text-embedding-3-small", OpenAIModels + "text-embedding-3-small"),
        new UnpinnableModel(ModelProviders.OpenAI, "text-embedding-3-large", OpenAIModels + "text-embedding-3-large"),
        new UnpinnableModel(ModelProviders.OpenAI, "text-embedding-ada-002", OpenAIModels + "text-embedding-ada-002"),
        new UnpinnableModel(ModelProviders.OpenAI, "whisper-1", OpenAIModels + "whisper-1"),
        new UnpinnableModel(ModelProviders.OpenAI, "tts-1", OpenAIModels + "tts-1"),
        new UnpinnableModel(ModelProviders.OpenAI, "tts-1-hd", OpenAIModels + "tts-1-hd"),
        new UnpinnableModel(ModelProviders.OpenAI, "dall-e-2", OpenAIModels + "dall-e-2"),
        new UnpinnableModel(ModelProviders.OpenAI, "dall-e-3", OpenAIModels + "dall-e-3"),
        new UnpinnableModel(ModelProviders.OpenAI, "gpt-image-1", OpenAIModels + "gpt-image-1"),
        // The models overview gives mistral-embed no dated endpoint, unlike mistral-large-2407.
        new UnpinnableModel(ModelProviders.Mistral, "mistral-embed", "https://docs.mistral.ai/getting-started/models/"),
        // A tag (model:tag, the tag defaulting to latest) can be pushed again, and the API names models by tag only:
        // every Ollama model, and a tag passed through any other SDK.
        new UnpinnableModel(ModelProviders.Ollama, UnpinnableModel.EveryModel, OllamaApi),
        new UnpinnableModel(ModelProviders.Ollama, "*:*", OllamaApi));

    /// <summary>Whether an identifier, of the given provider or of none known, names a model that cannot be pinned.</summary>
    public static bool Contains(ModelProvider? provider, string modelId)
    {
        var id = modelId.Trim();
        return All.Any(model => model.Matches(provider, id));
    }
}
