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

        using var image = new MemoryStream();
        Assert.True(run.Output.Emit(image).Success);
        var context = new AssemblyLoadContext("aims-accessor", isCollectible: true);
        try
        {
            image.Position = 0;
            var assembly = context.LoadFromStream(image);
            var json = (string)assembly.GetType("Contoso.Support.AimsManifest", throwOnError: true)!
                .GetProperty("Json", BindingFlags.Public | BindingFlags.Static)!
                .GetValue(null)!;
            Assert.Equal(run.ManifestJson, json);
        }
        finally
        {
            context.Unload();
        }
    }
}
