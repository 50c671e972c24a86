using System;
using System.Collections.Immutable;

namespace Aims.Analyzers.Detection;

/// <summary>Hosts whose HTTP endpoints run AI models: a constant URL on one of them makes an HttpClient call a model call.</summary>
internal static class ModelHostCatalog
{
    public static ImmutableArray<ModelHost> Hosts { get; } = ImmutableArray.Create(
        new ModelHost("api.openai.com", ModelProviders.OpenAI),
        new ModelHost("*.openai.azure.com", ModelProviders.AzureOpenAI),
        new ModelHost("*.services.ai.azure.com", ModelProviders.AzureAIFoundry),
        new ModelHost("models.inference.ai.azure.com", ModelProviders.AzureAIInference),
        new ModelHost("models.github.ai", ModelProviders.GitHubModels),
        new ModelHost("api.anthropic.com", ModelProviders.Anthropic),
        new ModelHost("generativelanguage.googleapis.com", ModelProviders.Google),
        new ModelHost("aiplatform.googleapis.com", ModelProviders.Google),
        new ModelHost("*-aiplatform.googleapis.com", ModelProviders.Google),
        new ModelHost("bedrock-runtime.*.amazonaws.com", ModelProviders.Bedrock),
        new ModelHost("bedrock-runtime-fips.*.amazonaws.com", ModelProviders.Bedrock),
        new ModelHost("api.mistral.ai", ModelProviders.Mistral),
        new ModelHost("api-inference.huggingface.co", ModelProviders.HuggingFace),
        new ModelHost("router.huggingface.co", ModelProviders.HuggingFace),
        new ModelHost("*.endpoints.huggingface.cloud", ModelProviders.HuggingFace),
        new ModelHost("api.cohere.com", ModelProviders.Cohere),
        new ModelHost("api.cohere.ai", ModelProviders.Cohere),
        new ModelHost("api.groq.com", ModelProviders.Groq),
        new ModelHost("api.deepseek.com", ModelProviders.DeepSeek),
        new ModelHost("api.x.ai", ModelProviders.XAI),
        new ModelHost("openrouter.ai", ModelProviders.OpenRouter),
        new ModelHost("api.together.xyz", ModelProviders.TogetherAI),
        new ModelHost("api.fireworks.ai", ModelProviders.FireworksAI),
        new ModelHost("api.perplexity.ai", ModelProviders.Perplexity),
        new ModelHost("api.replicate.com", ModelProviders.Replicate),
        new ModelHost("localhost:11434", ModelProviders.Ollama),
        new ModelHost("127.0.0.1:11434", ModelProviders.Ollama));

    public static ModelHost? Find(string url) => Uri.TryCreate(url, UriKind.Absolute, out var uri) ? Find(uri) : null;

    public static ModelHost? Find(Uri uri)
    {
        if (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)
        {
            return null;
        }

        foreach (var host in Hosts)
        {
            if (host.Matches(uri))
            {
                return host;
            }
        }

        return null;
    }
}
