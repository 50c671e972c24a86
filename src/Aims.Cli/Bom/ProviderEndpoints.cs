using System.Collections.Generic;

namespace Aims.Cli.Bom;

/// <summary>
/// The default public endpoint of each hosted model API that the analyzer's catalogue names (the providers' own
/// documentation). Providers whose endpoint depends on the customer's resource or region (Azure OpenAI, AWS Bedrock)
/// have none here. A BOM marks these as the provider's default: the code may configure another.
/// </summary>
internal static class ProviderEndpoints
{
    private static readonly Dictionary<string, string> DefaultEndpoint = new()
    {
        ["OpenAI"] = "https://api.openai.com/v1",
        ["Anthropic"] = "https://api.anthropic.com/v1",
        ["Google"] = "https://generativelanguage.googleapis.com",
        ["Mistral"] = "https://api.mistral.ai/v1",
        ["Hugging Face"] = "https://router.huggingface.co",
        ["Cohere"] = "https://api.cohere.com",
        ["Groq"] = "https://api.groq.com/openai/v1",
        ["DeepSeek"] = "https://api.deepseek.com",
        ["xAI"] = "https://api.x.ai/v1",
        ["OpenRouter"] = "https://openrouter.ai/api/v1",
        ["Together AI"] = "https://api.together.xyz/v1",
        ["Fireworks AI"] = "https://api.fireworks.ai/inference/v1",
        ["Perplexity"] = "https://api.perplexity.ai",
        ["Replicate"] = "https://api.replicate.com/v1",
        ["GitHub Models"] = "https://models.github.ai/inference",
        ["Azure AI model inference"] = "https://models.inference.ai.azure.com",
        ["Ollama"] = "http://localhost:11434",
    };

    /// <summary>
    /// Providers that only run models on their own cloud, so that a call leaves the organisation's trust boundary.
    /// Ollama is not one: it runs wherever it is installed, which a manifest cannot show.
    /// </summary>
    private static readonly HashSet<string> CloudOnly =
    [
        "OpenAI", "Anthropic", "Google", "Mistral", "Hugging Face", "Cohere", "Groq", "DeepSeek", "xAI", "OpenRouter",
        "Together AI", "Fireworks AI", "Perplexity", "Replicate", "GitHub Models", "Azure AI model inference",
        "Azure OpenAI", "AWS Bedrock", "Azure AI Foundry",
    ];

    public static string? Of(string provider) => DefaultEndpoint.GetValueOrDefault(provider);

    /// <summary>True for a cloud-only provider; null (unknown) for any other, never a guess.</summary>
    public static bool? CrossesTrustBoundary(string provider) => CloudOnly.Contains(provider) ? true : null;
}
