using System.Collections.Immutable;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Aims.Analyzers.Tests.Harness;

/// <summary>
/// Metadata references for test compilations: the running framework, the Aims attributes, the real AI SDK
/// assemblies restored from NuGet, and stubs of the SDKs that do not restore here.
/// </summary>
public static class TestReferences
{
    // The other real SDKs the test project references, with the dependencies their signatures name.
    private static readonly string[] OtherSdkAssemblies =
    [
        "Microsoft.SemanticKernel.Abstractions", "Microsoft.SemanticKernel.Core", "Microsoft.Extensions.AI",
        "Microsoft.Extensions.VectorData.Abstractions", "Microsoft.Extensions.Logging.Abstractions", "OllamaSharp",
        "Microsoft.ML.Core", "Microsoft.ML.Data", "Microsoft.ML.DataView", "Microsoft.ML.CpuMath", "Microsoft.ML.Transforms",
        "Microsoft.ML.StandardTrainers", "Microsoft.ML.OnnxRuntime", "TorchSharp", "LLamaSharp", "System.Numerics.Tensors",
        "CommunityToolkit.HighPerformance", "Microsoft.Agents.AI", "Microsoft.Agents.AI.Abstractions", "Microsoft.Agents.AI.Workflows", "ModelContextProtocol.Core",
        "Azure.AI.Inference", "Azure.Core", "Microsoft.ML.OnnxRuntimeGenAI",
    ];

    private static readonly Lazy<ImmutableArray<MetadataReference>> FrameworkAndSdks = new(LoadFrameworkAndSdks);
    private static readonly Lazy<ImmutableArray<MetadataReference>> FrameworkAndEveryRealSdk = new(() => FrameworkAndSdks.Value.AddRange(LoadOtherSdks()));
    private static readonly Lazy<ImmutableArray<MetadataReference>> EverySdkAndStubs = new(() => FrameworkAndEveryRealSdk.Value.AddRange(AzureOpenAIBeta).AddRange(CompileStubs()));
    private static readonly Lazy<CSharpCompilation> EverySdkProbe = new(() => CSharpCompilation.Create("Probe", references: EverySdk));

    // Azure.AI.OpenAI 1.0 betas had clients of their own; the test project cannot reference the beta beside 2.x.
    private static ImmutableArray<MetadataReference> AzureOpenAIBeta => SdkPackages.ByFamily["Azure OpenAI"].Single().Assemblies;

    /// <summary>The framework, Aims.Annotations, the real SDKs (OpenAI, Microsoft.Extensions.AI, Anthropic), dependency injection and IHttpClientFactory.</summary>
    public static ImmutableArray<MetadataReference> Default => FrameworkAndSdks.Value;

    /// <summary>
    /// <see cref="Default"/> plus the other real SDKs (Semantic Kernel, Agent Framework, Model Context Protocol, Azure AI
    /// Inference, OllamaSharp, ML.NET, ONNX Runtime and its GenAI, TorchSharp, LLamaSharp, the Azure.AI.OpenAI 1.0 beta) and the stubs of the SDKs that do not restore here (see Stubs/).
    /// </summary>
    public static ImmutableArray<MetadataReference> EverySdk => EverySdkAndStubs.Value;

    /// <summary>A compilation of no source against <see cref="EverySdk"/>, to look SDK types up in.</summary>
    public static CSharpCompilation EverySdkCompilation => EverySdkProbe.Value;

    /// <summary>The assembly names of the stubs (Stubs/, one file each, named like the real assembly).</summary>
    public static IReadOnlySet<string> StubAssemblyNames { get; } = typeof(TestReferences).Assembly.GetManifestResourceNames()
        .Where(name => name.StartsWith("Stubs/", StringComparison.Ordinal))
        .Select(name => Path.GetFileNameWithoutExtension(name["Stubs/".Length..]))
        .ToHashSet(StringComparer.Ordinal);

    /// <summary>The framework alone: a project that references no AI SDK and no Aims attribute.</summary>
    public static ImmutableArray<MetadataReference> FrameworkOnly { get; } = LoadFramework();

    /// <summary><see cref="FrameworkOnly"/> with Aims.Annotations, as the package gives it: a project that references no AI SDK.</summary>
    public static ImmutableArray<MetadataReference> FrameworkAndAnnotations { get; } =
        FrameworkOnly.Add(MetadataReference.CreateFromFile(typeof(Aims.AiSystemAttribute).Assembly.Location));

    /// <summary><see cref="FrameworkOnly"/> with dependency injection, configuration and IHttpClientFactory: a web project that references no AI SDK.</summary>
    public static ImmutableArray<MetadataReference> FrameworkAndHttpClientFactory { get; } = FrameworkOnly.AddRange(
        new[]
        {
            typeof(Microsoft.Extensions.DependencyInjection.IServiceCollection).Assembly,
            typeof(Microsoft.Extensions.Configuration.IConfiguration).Assembly,
            typeof(System.Net.Http.IHttpClientFactory).Assembly,
        }
            .Select(assembly => (MetadataReference)MetadataReference.CreateFromFile(assembly.Location)));

    /// <summary>Compiles a referenced project (for example a shared library with [PartOfAiSystem] pieces) into a reference.</summary>
    public static MetadataReference CompileLibrary(string assemblyName, string source, IEnumerable<MetadataReference>? references = null)
    {
        if (!TryCompile(assemblyName, source, references ?? Default, out var reference, out var error))
        {
            throw new InvalidOperationException($"Library {assemblyName} does not compile:\n{error}");
        }

        return reference;
    }

    private static ImmutableArray<MetadataReference> LoadFramework()
    {
        var frameworkDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        return Directory.GetFiles(frameworkDirectory, "*.dll")
            .Where(IsManagedAssembly)
            .OrderBy(path => path, StringComparer.Ordinal)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToImmutableArray();
    }

    private static ImmutableArray<MetadataReference> LoadFrameworkAndSdks()
    {
        Assembly[] sdks =
        [
            typeof(Aims.AiSystemAttribute).Assembly,
            typeof(OpenAI.Chat.ChatClient).Assembly,
            typeof(System.ClientModel.ApiKeyCredential).Assembly,
            typeof(BinaryData).Assembly,
            typeof(Microsoft.Extensions.AI.IChatClient).Assembly,
            typeof(Anthropic.AnthropicClient).Assembly,
            typeof(Microsoft.Extensions.DependencyInjection.ServiceCollection).Assembly,
            typeof(Microsoft.Extensions.DependencyInjection.IServiceCollection).Assembly,
            typeof(System.Net.Http.IHttpClientFactory).Assembly,
        ];

        return FrameworkOnly.AddRange(sdks.Distinct().Select(assembly => (MetadataReference)MetadataReference.CreateFromFile(assembly.Location)));
    }

    private static IEnumerable<MetadataReference> LoadOtherSdks()
    {
        var folder = Path.GetDirectoryName(typeof(TestReferences).Assembly.Location)!;
        return OtherSdkAssemblies.Select(name => MetadataReference.CreateFromFile(Path.Combine(folder, name + ".dll")));
    }

    private static ImmutableArray<MetadataReference> CompileStubs()
    {
        var pending = typeof(TestReferences).Assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith("Stubs/", StringComparison.Ordinal))
            .OrderBy(name => name, StringComparer.Ordinal)
            .ToDictionary(name => name, ReadResource);

        // Stubs may reference each other: compile in passes until every one has its dependencies.
        var realSdks = FrameworkAndEveryRealSdk.Value;
        var references = ImmutableArray.CreateBuilder<MetadataReference>();
        var errors = new Dictionary<string, string>();
        while (pending.Count > 0)
        {
            errors.Clear();
            var compiledBefore = references.Count;
            foreach (var (resource, source) in pending.ToList())
            {
                // The file name is the real assembly name: Stubs/Microsoft.SemanticKernel.Abstractions.cs.
                var assemblyName = Path.GetFileNameWithoutExtension(resource["Stubs/".Length..]);
                if (TryCompile(assemblyName, source, realSdks.AddRange(references), out var reference, out var error))
                {
                    references.Add(reference);
                    pending.Remove(resource);
                }
                else
                {
                    errors[resource] = error;
                }
            }

            if (references.Count == compiledBefore)
            {
                throw new InvalidOperationException("Stubs do not compile:\n" + string.Join("\n", errors.Select(e => e.Key + ":\n" + e.Value)));
            }
        }

        return references.ToImmutable();
    }

    private static bool TryCompile(string assemblyName, string source, IEnumerable<MetadataReference> references, out MetadataReference reference, out string error)
    {
        var compilation = CSharpCompilation.Create(
            assemblyName,
            [CSharpSyntaxTree.ParseText(source, path: assemblyName + ".cs")],
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

        using var image = new MemoryStream();
        var result = compilation.Emit(image);
        reference = result.Success ? MetadataReference.CreateFromImage(image.ToArray()) : null!;
        error = string.Join("\n", result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error));
        return result.Success;
    }

    private static string ReadResource(string name)
    {
        using var stream = typeof(TestReferences).Assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static bool IsManagedAssembly(string path)
    {
        try
        {
            AssemblyName.GetAssemblyName(path);
            return true;
        }
        catch (BadImageFormatException)
        {
            return false;
        }
    }
}
