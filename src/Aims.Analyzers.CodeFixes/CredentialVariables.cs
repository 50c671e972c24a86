using Aims.Analyzers.Detection;

namespace Aims.Analyzers.CodeFixes;

/// <summary>The environment variable a provider's key is conventionally read from.</summary>
internal static class CredentialVariables
{
    public const string Fallback = "AI_API_KEY";

    public static string For(ModelProvider? provider) => provider switch
    {
        _ when provider == ModelProviders.OpenAI => "OPENAI_API_KEY",
        _ when provider == ModelProviders.Anthropic => "ANTHROPIC_API_KEY",
        _ when provider == ModelProviders.Google => "GOOGLE_API_KEY",
        _ when provider == ModelProviders.Mistral => "MISTRAL_API_KEY",
        _ when provider == ModelProviders.Bedrock => "AWS_SECRET_ACCESS_KEY",
        _ when provider == ModelProviders.Ollama => "OLLAMA_API_KEY",
        _ => Fallback,
    };
}
