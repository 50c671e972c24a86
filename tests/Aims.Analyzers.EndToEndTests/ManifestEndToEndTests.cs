using Aims.Manifest;
using Aims.Manifest.Vocabulary;
using Xunit;

namespace Aims.Analyzers.EndToEndTests;

/// <summary>
/// The manifest through the package: written to bin/ with the build's evidence, the declarations embedded in the
/// assembly, published, cleaned, opt-out.
/// </summary>
public sealed class ManifestEndToEndTests(PackageFixture package) : IClassFixture<PackageFixture>
{
    [Fact]
    public async Task The_manifest_is_written_next_to_the_assembly_published_and_removed_by_clean()
    {
        var project = new ConsumerProject(package, "Inventory");
        project.WriteProjectFile(
            "<OutputType>Exe</OutputType>",
            "OpenAI", "Microsoft.Extensions.AI.Abstractions", "Microsoft.Extensions.DependencyInjection", "Aims.Analyzers");
        project.CopySources("samples/SupportDesk");

        var build = await project.BuildAsync("-p:SourceRevisionId=4f2a9c1");
        Assert.True(build.ExitCode == 0, build.Output);

        var output = Path.Combine(project.Directory, "bin", "Debug", "net10.0");
        var manifestPath = Path.Combine(output, "Inventory.aims.json");
        Assert.True(File.Exists(manifestPath), "bin/ holds no Inventory.aims.json:\n" + build.Output);
        var manifest = File.ReadAllText(manifestPath);
        Assert.Equal(EvidenceSource.Build, ManifestReader.Read(manifest).Evidence.Source);
        var embedded = ManifestReader.Read(EmbeddedCopyOf(Path.Combine(output, "Inventory.dll"))!);
        Assert.Equal(EvidenceSource.Declarations, embedded.Evidence.Source);
        Assert.Null(embedded.UndeclaredUsages);
        Assert.Equal(["support-assistant"], embedded.Systems.Select(s => s.Id));
        Assert.Contains("\"sourceRevision\": \"4f2a9c1\"", manifest, StringComparison.Ordinal);
        Assert.Contains("\"id\": \"support-assistant\"", manifest, StringComparison.Ordinal);
        Assert.Contains("\"path\": \"TicketRouter.cs\"", manifest, StringComparison.Ordinal);
        Assert.DoesNotContain(package.WorkDirectory, manifest, StringComparison.Ordinal);

        var rebuild = await project.BuildAsync("--no-restore", "--no-incremental", "-p:SourceRevisionId=4f2a9c1");
        Assert.True(rebuild.ExitCode == 0, rebuild.Output);
        Assert.Equal(manifest, File.ReadAllText(manifestPath));

        var publish = await DotNetCli.RunAsync(project.Directory, "publish", "--no-restore", "-nologo", "-tl:off", "-o", "published", "-p:SourceRevisionId=4f2a9c1");
        Assert.True(publish.ExitCode == 0, publish.Output);
        Assert.Equal(manifest, File.ReadAllText(Path.Combine(project.Directory, "published", "Inventory.aims.json")));

        var clean = await DotNetCli.RunAsync(project.Directory, "clean", "-nologo", "-tl:off");
        Assert.True(clean.ExitCode == 0, clean.Output);
        Assert.False(File.Exists(manifestPath), "dotnet clean left the manifest in bin/");

        var optOut = await project.BuildAsync("--no-restore", "-p:AimsManifestEnabled=false");
        Assert.True(optOut.ExitCode == 0, optOut.Output);
        Assert.False(File.Exists(manifestPath), "AimsManifestEnabled=false still wrote the manifest");
        Assert.NotNull(EmbeddedCopyOf(Path.Combine(output, "Inventory.dll")));
    }

    [Fact]
    public async Task A_netstandard20_library_on_CSharp_7_3_builds_cleanly_with_its_manifest()
    {
        var project = new ConsumerProject(package, "Legacy");
        project.Write("Legacy.csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>netstandard2.0</TargetFramework>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Aims.Analyzers" Version="{package.PackageVersion}" />
              </ItemGroup>
            </Project>
            """);
        project.Write("Scorer.cs", """
            using Aims;

            namespace Legacy
            {
                [AiSystem("legacy-scorer", Purpose = "Scores leads", Owner = "Sales Ops", Risk = AiRiskLevel.Minimal, ServesPeopleDirectly = false)]
                [DataSource("crm-leads")]
                public sealed class Scorer
                {
                    [AiModelCall]
                    public double Score(string lead) { return lead.Length; }
                }
            }
            """);

        var build = await project.BuildAsync();
        Assert.True(build.ExitCode == 0, build.Output);
        var manifest = File.ReadAllText(Path.Combine(project.Directory, "bin", "Debug", "netstandard2.0", "Legacy.aims.json"));
        Assert.Contains("\"id\": \"legacy-scorer\"", manifest, StringComparison.Ordinal);
    }

    private static string? EmbeddedCopyOf(string assembly)
    {
        using var stream = File.OpenRead(assembly);
        return EmbeddedManifest.Read(stream);
    }
}
