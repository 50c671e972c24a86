using System;
using System.Collections.Generic;

namespace Aims.Manifest.Screening;

/// <summary>
/// Hosts whose HTTP endpoints run AI models: a constant URL on one of them makes an HttpClient call a model call. Each
/// names its provider as the analyzers' provider table does (a test keeps the two names equal).
/// </summary>
internal static class ModelHosts
{
    public static IReadOnlyList<ModelHost> All { get; } = new[]
    {
        new ModelHost("api.openai.com", "OpenAI"),
        new ModelHost("*.openai.azure.com", "Azure OpenAI"),
        new ModelHost("*.services.ai.azure.com", "Azure AI Foundry"),
        new ModelHost("models.inference.ai.azure.com", "Azure AI model inference"),
        new ModelHost("models.github.ai", "GitHub Models"),
        new ModelHost("api.anthropic.com", "Anthropic"),
        new ModelHost("generativelanguage.googleapis.com", "Google"),
        new ModelHost("aiplatform.googleapis.com", "Google"),
        new ModelHost("*-aiplatform.googleapis.com", "Google"),
        new ModelHost("bedrock-runtime.*.amazonaws.com", "AWS Bedrock"),
        new ModelHost("bedrock-runtime-fips.*.amazonaws.com", "AWS Bedrock"),
        new ModelHost("api.mistral.ai", "Mistral"),
        new ModelHost("api-inference.huggingface.co", "Hugging Face"),
        new ModelHost("router.huggingface.co", "Hugging Face"),
        new ModelHost("*.endpoints.huggingface.cloud", "Hugging Face"),
        new ModelHost("api.cohere.com", "Cohere"),
        new ModelHost("api.cohere.ai", "Cohere"),
        new ModelHost("api.groq.com", "Groq"),
        new ModelHost("api.deepseek.com", "DeepSeek"),
        new ModelHost("api.x.ai", "xAI"),
        new ModelHost("openrouter.ai", "OpenRouter"),
        new ModelHost("api.together.xyz", "Together AI"),
        new ModelHost("api.fireworks.ai", "Fireworks AI"),
        new ModelHost("api.perplexity.ai", "Perplexity"),
        new ModelHost("api.replicate.com", "Replicate"),
        new ModelHost("localhost:11434", "Ollama"),
        new ModelHost("127.0.0.1:11434", "Ollama"),
    };

    public static ModelHost? Find(string url) => Uri.TryCreate(url, UriKind.Absolute, out var uri) ? Find(uri) : null;

    public static ModelHost? Find(Uri uri)
    {
        if (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)
        {
            return null;
        }

        foreach (var host in All)
        {
            if (host.Matches(uri))
            {
                return host;
            }
        }

        return null;
    }
}
