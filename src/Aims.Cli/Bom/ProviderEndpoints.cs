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

    public static string? Of(string provider) => DefaultEndpoint.GetValueOrDefault(provider);

    /// <summary>Whether calling the provider leaves the organisation's trust boundary; unknown (null) for providers not listed.</summary>
    public static bool? CrossesTrustBoundary(string provider) =>
        provider == "Ollama" ? false : DefaultEndpoint.ContainsKey(provider) || provider is "Azure OpenAI" or "AWS Bedrock" or "Azure AI Foundry" ? true : null;
}
