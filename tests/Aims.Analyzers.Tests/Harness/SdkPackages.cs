using System.Collections.Immutable;
using System.Reflection;
using Aims.Manifest.Catalog;

namespace Aims.Analyzers.Tests.Harness;

/// <summary>
/// The real SDK packages that restore here, by catalogue SDK family: the ones the test project references and the ones it
/// only downloads (another version of a referenced SDK, or one that has a stub). Their versions and the packages folder
/// come from the project file (AssemblyMetadata), so no path or version is written twice.
/// </summary>
public static class SdkPackages
{
    private static readonly Dictionary<string, string> Metadata = typeof(SdkPackages).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .ToDictionary(attribute => attribute.Key, attribute => attribute.Value ?? string.Empty, StringComparer.Ordinal);

    /// <summary>The earlier version of Anthropic the tests download but do not reference: a project references one version.</summary>
    public static SdkPackage OtherAnthropic { get; } = Downloaded("Anthropic");

    /// <summary>The packages of each SDK family of the catalogue (<c>AiSdkEntry.Sdk</c>) whose assemblies restore here.</summary>
    public static IReadOnlyDictionary<string, ImmutableArray<SdkPackage>> ByFamily { get; } = new Dictionary<string, ImmutableArray<SdkPackage>>(StringComparer.Ordinal)
    {
        ["OpenAI"] = [Referenced("OpenAI")],
        ["Azure OpenAI"] = [Downloaded("Azure.AI.OpenAI")],
        ["Microsoft.Extensions.AI"] = [Referenced("Microsoft.Extensions.AI.Abstractions"), Referenced("Microsoft.Extensions.AI")],
        ["Anthropic"] = [Referenced("Anthropic"), OtherAnthropic],
        ["Semantic Kernel"] = [Referenced("Microsoft.SemanticKernel.Abstractions"), Referenced("Microsoft.SemanticKernel.Core")],
        ["Ollama"] = [Referenced("OllamaSharp")],
        ["ML.NET"] = [Referenced("Microsoft.ML")],
        ["ONNX Runtime"] = [Referenced("Microsoft.ML.OnnxRuntime.Managed"), Referenced("Microsoft.ML.OnnxRuntimeGenAI.Managed")],
        ["Agent Framework"] = [Referenced("Microsoft.Agents.AI.Abstractions"), Referenced("Microsoft.Agents.AI"), Referenced("Microsoft.Agents.AI.Workflows")],
        ["Model Context Protocol"] = [Referenced("ModelContextProtocol.Core")],
        ["Azure AI Inference"] = [Referenced("Azure.AI.Inference")],
        ["TorchSharp"] = [Referenced("TorchSharp")],
        ["LLamaSharp"] = [Referenced("LLamaSharp")],
    };

    /// <summary>
    /// Earlier versions of referenced SDKs that are served here, by family: the catalogue rows kept for other versions are
    /// checked against them where they declare the rows' members.
    /// </summary>
    public static IReadOnlyDictionary<string, ImmutableArray<SdkPackage>> Earlier { get; } = new Dictionary<string, ImmutableArray<SdkPackage>>(StringComparer.Ordinal)
    {
        // Microsoft.Extensions.AI.Abstractions 9.5.0, its earliest served version, already has the names of 10.x.
        ["OpenAI"] = DownloadedVersions("OpenAI"),
    };

    private static SdkPackage Referenced(string id) => new(id, Version("PackageVersion:" + id));

    private static SdkPackage Downloaded(string id) => new(id, Version("PackageDownload:" + id).Trim('[', ']'));

    private static ImmutableArray<SdkPackage> DownloadedVersions(string id) =>
        [.. Version("PackageDownload:" + id).Split(';').Select(version => new SdkPackage(id, version.Trim('[', ']')))];

    private static string Version(string key) =>
        Metadata.TryGetValue(key, out var version) && version.Length > 0
            ? version
            : throw new InvalidOperationException($"The test project names no {key}; see Aims.Analyzers.Tests.csproj.");

    internal static string PackageRoot => Metadata.TryGetValue("NuGetPackageRoot", out var root) && root.Length > 0
        ? root
        : throw new InvalidOperationException("The test project passes no NuGetPackageRoot; restore it first.");
}
