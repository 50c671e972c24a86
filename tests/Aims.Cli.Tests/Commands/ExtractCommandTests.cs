using Aims.Cli.Tests.Harness;
using Xunit;

namespace Aims.Cli.Tests.Commands;

/// <summary><c>aims extract</c> reads both carriers of the embedded manifest from metadata, byte for byte, without loading the assembly.</summary>
public sealed class ExtractCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly string _json = File.ReadAllText(Fixtures.PathOf(Fixtures.SupportDesk));

    [Fact]
    public void Extract_writes_the_AssemblyMetadata_manifest_to_standard_output()
    {
        var assembly = TestAssemblies.WithAssemblyMetadata(_folder.Combine("SupportDesk.dll"), _json);

        var result = AimsTool.Run("extract", assembly);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(File.ReadAllBytes(Fixtures.PathOf(Fixtures.SupportDesk)), result.StandardOutputBytes);
    }

    [Fact]
    public void Extract_reads_the_AimsManifest_attribute_of_projects_that_hide_the_System_namespace()
    {
        var assembly = TestAssemblies.WithAimsManifestAttribute(_folder.Combine("Shadowed.dll"), _json);
        var output = _folder.Combine("out/Shadowed.aims.json");

        var result = AimsTool.Run("extract", assembly, "-o", output);

        Assert.Equal(0, result.ExitCode);
        Assert.Empty(result.StandardOutputBytes);
        Assert.Equal(_json, File.ReadAllText(output));
    }

    [Fact]
    public void Extract_never_loads_the_assembly_it_reads()
    {
        var name = "Unloaded" + Guid.NewGuid().ToString("N");
        var assembly = TestAssemblies.WithAssemblyMetadata(_folder.Combine(name + ".dll"), _json, name);

        Assert.Equal(0, AimsTool.Run("extract", assembly).ExitCode);
        Assert.Equal(0, AimsTool.Run("report", assembly, "--format", "md").ExitCode);

        var loaded = System.Runtime.Loader.AssemblyLoadContext.All.SelectMany(context => context.Assemblies).Select(a => a.GetName().Name);
        Assert.DoesNotContain(name, loaded);
    }

    [Fact]
    public void Every_command_reads_an_assembly_as_its_manifest()
    {
        var assembly = TestAssemblies.WithAssemblyMetadata(_folder.Combine("SupportDesk.dll"), _json);

        Assert.Equal(
            AimsTool.Run("report", Fixtures.PathOf(Fixtures.SupportDesk), "--format", "md").StandardOutput,
            AimsTool.Run("report", assembly, "--format", "md").StandardOutput);
        Assert.Equal(0, AimsTool.Run("diff", assembly, Fixtures.PathOf(Fixtures.SupportDesk)).ExitCode);
    }

    [Fact]
    public void Extract_says_that_an_embedded_copy_holds_declarations_only()
    {
        var assembly = TestAssemblies.BuiltByTheGenerator(_folder.Combine("Billing.dll"), FixtureProjects.Billing);

        var result = AimsTool.Run("extract", assembly);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("\"source\": \"declarations\"", result.StandardOutput, StringComparison.Ordinal);
        Assert.Equal(
            $"aims: note: {assembly} carries the declarations of 'Billing' only: the assembly carries its declarations only; the AI calls, findings and controls are in the build's manifest file",
            result.StandardError.Trim());
    }

    public void Dispose() => _folder.Dispose();
}
