using System.Reflection;
using System.Runtime.Loader;
using Aims.Analyzers.Tests.Harness;
using Xunit;

namespace Aims.Analyzers.Tests.Manifest;

/// <summary>At run time the generated AimsManifest.Json returns the manifest the assembly carries.</summary>
public sealed class RuntimeAccessorTests
{
    [Fact]
    public void Generated_accessor_returns_the_embedded_manifest_in_the_root_namespace()
    {
        var run = GeneratorRun.Run(
            GeneratorRun.Compile(ManifestSamples.SupportProject),
            buildProperties: new Dictionary<string, string> { ["RootNamespace"] = "Contoso.Support" });

        Assert.Equal(run.ManifestJson, ReadAtRunTime(run, "Contoso.Support.AimsManifest"));
    }

    /// <summary>Emits the generated compilation, loads it and returns what its accessor returns.</summary>
    internal static string ReadAtRunTime(GeneratorRun run, string accessorType)
    {
        using var image = new MemoryStream();
        var emitted = run.Output.Emit(image);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
        var context = new AssemblyLoadContext("aims-accessor", isCollectible: true);
        try
        {
            image.Position = 0;
            var assembly = context.LoadFromStream(image);
            return (string)assembly.GetType(accessorType, throwOnError: true)!
                .GetProperty("Json", BindingFlags.Public | BindingFlags.Static)!
                .GetValue(null)!;
        }
        finally
        {
            context.Unload();
        }
    }
}
