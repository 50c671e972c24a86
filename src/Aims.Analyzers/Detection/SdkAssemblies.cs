using System;
using System.Collections.Immutable;

namespace Aims.Analyzers.Detection;

/// <summary>
/// The names of the assemblies the SDK rows of <see cref="AiSdkCatalog"/> live in: a project that references none of
/// them calls no SDK row. Kept apart from the catalogue so that a project without AI asks this without building the
/// catalogue; a test checks every row's assembly against it.
/// </summary>
internal static class SdkAssemblies
{
    /// <summary>Each a whole assembly name, or the start of names that continue with '.' ("OpenAI" and "OpenAI.Extensions").</summary>
    public static ImmutableArray<string> NamePrefixes { get; } = ImmutableArray.Create(
        "OpenAI", "Azure.AI.OpenAI", "Microsoft.Extensions.AI", "Microsoft.SemanticKernel", "Anthropic", "Google.GenAI",
        "Google.Cloud.AIPlatform", "Mscc.GenerativeAI", "AWSSDK.BedrockRuntime", "Mistral.SDK", "OllamaSharp", "HuggingFace",
        "tryAGI.HuggingFace", "Microsoft.ML", "Microsoft.Extensions.ML", "TorchSharp", "LLamaSharp");

    public static bool IsSdk(string assemblyName)
    {
        foreach (var prefix in NamePrefixes)
        {
            if (assemblyName.StartsWith(prefix, StringComparison.Ordinal) &&
                (assemblyName.Length == prefix.Length || assemblyName[prefix.Length] == '.'))
            {
                return true;
            }
        }

        return false;
    }
}
