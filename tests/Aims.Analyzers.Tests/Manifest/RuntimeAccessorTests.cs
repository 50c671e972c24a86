using System.Runtime.Loader;
using Aims.Analyzers.Tests.Harness;
using Xunit;

namespace Aims.Analyzers.Tests.Manifest;

/// <summary>At run time <c>Aims.AimsManifest.Read</c> returns the declarations the assembly carries.</summary>
public sealed class RuntimeAccessorTests
{
    [Fact]
    public void AimsManifest_Read_returns_the_embedded_declarations_at_run_time()
    {
        var run = GeneratorRun.Run(GeneratorRun.Compile(ManifestSamples.SupportProject));

        var json = ReadAtRunTime(run);

        Assert.Equal(run.ManifestJson, json);
        Assert.Contains("\"source\": \"declarations\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void AimsManifest_Read_returns_null_for_an_assembly_that_carries_none() =>
        Assert.Null(AimsManifest.Read(typeof(RuntimeAccessorTests).Assembly));

    /// <summary>Emits the generated compilation, loads it and returns what <c>AimsManifest.Read</c> finds in it.</summary>
    internal static string? ReadAtRunTime(GeneratorRun run)
    {
        using var image = new MemoryStream();
        var emitted = run.Output.Emit(image);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
        var context = new AssemblyLoadContext("aims-manifest", isCollectible: true);
        try
        {
            image.Position = 0;
            return AimsManifest.Read(context.LoadFromStream(image));
        }
        finally
        {
            context.Unload();
        }
    }
}
