using System;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace Aims.Analyzers.Detection;

/// <summary>The per-provider pinning rules of AIMS010 and the SDK namespaces that belong to each provider.</summary>
internal static class ModelProviders
{
    public static readonly ModelProvider OpenAI = new("OpenAI", @"-\d{4}-\d{2}-\d{2}$|^ft:", "gpt-4o-2024-08-06");
    public static readonly ModelProvider Anthropic = new("Anthropic", @"[-@]\d{8}$", "claude-3-5-sonnet-20241022");
    public static readonly ModelProvider Google = new("Google", @"-\d{3}$|-\d{2}-\d{2}$", "gemini-1.5-pro-002");
    public static readonly ModelProvider Mistral = new("Mistral", @"-\d{4}$", "mistral-large-2407");
    public static readonly ModelProvider Bedrock = new("AWS Bedrock", @"-v\d+(:\d+)?$|^arn:", "anthropic.claude-3-5-sonnet-20240620-v1:0");
    public static readonly ModelProvider Ollama = new("Ollama", @"@sha256:[0-9a-f]{64}$", "llama3.1@sha256:<digest>");

    /// <summary>Used when the provider is not known: any provider's pinned form, or an explicit semantic version.</summary>
    public static readonly ModelProvider Unknown = new(
        "unknown provider",
        string.Join("|", new[] { OpenAI, Anthropic, Google, Mistral, Bedrock, Ollama }.Select(p => p.PinnedPattern.ToString()).Append(@"\d+\.\d+\.\d+$")),
        "gpt-4o-2024-08-06");

    private static readonly ImmutableArray<(string Namespace, ModelProvider Provider)> SdkNamespaces = ImmutableArray.Create(
        ("OpenAI", OpenAI),
        ("Azure.AI.OpenAI", OpenAI),
        ("Anthropic", Anthropic),
        ("Google.GenAI", Google),
        ("Google.Cloud.AIPlatform", Google),
        ("Mscc.GenerativeAI", Google),
        ("Mistral.SDK", Mistral),
        ("Amazon.BedrockRuntime", Bedrock),
        ("OllamaSharp", Ollama),
        ("Microsoft.Extensions.AI", Unknown),
        ("Microsoft.SemanticKernel", Unknown),
        ("HuggingFace", Unknown),
        ("LLama", Unknown));

    public static bool IsPinned(ModelProvider provider, string modelId) =>
        !modelId.EndsWith("-latest", StringComparison.OrdinalIgnoreCase) && provider.PinnedPattern.IsMatch(modelId.Trim());

    /// <summary>The provider whose SDK declares a type: by namespace, then by assembly (adapters live in shared namespaces).</summary>
    public static ModelProvider? OfSdkType(INamedTypeSymbol type)
    {
        var byNamespace = Find(type.ContainingNamespace?.ToDisplayString());
        if (byNamespace is null || byNamespace != Unknown)
        {
            return byNamespace;
        }

        return Find(type.ContainingAssembly?.Name) ?? byNamespace;
    }

    /// <summary>The provider named in an [AiModel] declaration.</summary>
    public static ModelProvider OfDeclaredName(string? provider)
    {
        var name = provider ?? string.Empty;
        bool Mentions(string text) => name.IndexOf(text, StringComparison.OrdinalIgnoreCase) >= 0;
        return Mentions("openai") ? OpenAI
            : Mentions("anthropic") || Mentions("claude") ? Anthropic
            : Mentions("google") || Mentions("gemini") || Mentions("vertex") ? Google
            : Mentions("mistral") ? Mistral
            : Mentions("bedrock") || Mentions("aws") || Mentions("amazon") ? Bedrock
            : Mentions("ollama") ? Ollama
            : Unknown;
    }

    /// <summary>True when the compilation references any SDK whose model identifiers AIMS010 reads.</summary>
    public static bool AnyReferenced(Compilation compilation) =>
        SdkNamespaces.Any(entry => NamespaceExists(compilation.GlobalNamespace, entry.Namespace));

    private static ModelProvider? Find(string? name)
    {
        if (name is null)
        {
            return null;
        }

        foreach (var (ns, provider) in SdkNamespaces)
        {
            if (name == ns || name.StartsWith(ns + ".", StringComparison.Ordinal))
            {
                return provider;
            }
        }

        return null;
    }

    private static bool NamespaceExists(INamespaceSymbol global, string dottedName)
    {
        INamespaceSymbol? current = global;
        foreach (var part in dottedName.Split('.'))
        {
            current = current?.GetNamespaceMembers().FirstOrDefault(ns => ns.Name == part);
        }

        return current is not null;
    }
}
