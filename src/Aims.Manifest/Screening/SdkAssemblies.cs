using System;
using System.Collections.Generic;

namespace Aims.Manifest.Screening;

/// <summary>
/// The names of the assemblies the AI SDK rows of the analyzers' catalogue live in: only a type of one of them is an SDK
/// type, so a compilation that references none of them calls no SDK. The analyzers and the build's screening ask the same
/// question with this one list; a test checks every catalogue row's assembly against it.
/// </summary>
internal static class SdkAssemblies
{
    /// <summary>Each a whole assembly name, or the start of names that continue with '.' ("OpenAI" and "OpenAI.Extensions").</summary>
    public static IReadOnlyList<string> NamePrefixes { get; } = new[]
    {
        "OpenAI", "Azure.AI.OpenAI", "Microsoft.Extensions.AI", "Microsoft.SemanticKernel", "Anthropic", "Google.GenAI",
        "Google.Cloud.AIPlatform", "Mscc.GenerativeAI", "AWSSDK.BedrockRuntime", "Mistral.SDK", "OllamaSharp", "HuggingFace",
        "tryAGI.HuggingFace", "Microsoft.ML", "Microsoft.Extensions.ML", "TorchSharp", "LLamaSharp", "Microsoft.Agents.AI",
        "ModelContextProtocol", "Azure.AI.Inference",
    };

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
