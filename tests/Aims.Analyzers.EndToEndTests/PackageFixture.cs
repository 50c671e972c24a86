using System.Xml.Linq;
using Xunit;

namespace Aims.Analyzers.EndToEndTests;

/// <summary>Packs Aims.Analyzers once into a temporary folder feed; every test builds against that package.</summary>
public sealed class PackageFixture : IAsyncLifetime
{
    public string RepositoryRoot => Aims.Analyzers.Tests.Documentation.RepositoryFiles.Root;

    public string WorkDirectory { get; } = Directory.CreateTempSubdirectory("aims-e2e-").FullName;

    public string FeedDirectory => Path.Combine(WorkDirectory, "feed");

    /// <summary>A package folder of our own, so a previous run's Aims.Analyzers never shadows this one.</summary>
    public string PackagesDirectory => Path.Combine(WorkDirectory, "packages");

    public string PackagePath { get; private set; } = "";

    public string PackageVersion { get; private set; } = "";

    public async Task InitializeAsync()
    {
        var result = await RepositoryPack.RunAsync("src/Aims.Analyzers.Package/Aims.Analyzers.Package.csproj", FeedDirectory);
        Assert.True(result.ExitCode == 0, "dotnet pack failed:\n" + result.Output);

        PackagePath = Assert.Single(Directory.GetFiles(FeedDirectory, "Aims.Analyzers.*.nupkg"));
        PackageVersion = Path.GetFileNameWithoutExtension(PackagePath)["Aims.Analyzers.".Length..];
    }

    public Task DisposeAsync()
    {
        Directory.Delete(WorkDirectory, recursive: true);
        return Task.CompletedTask;
    }

    /// <summary>The version of a package as the repository's Directory.Packages.props pins it.</summary>
    public string CentralVersionOf(string packageId)
    {
        var props = XDocument.Load(Path.Combine(RepositoryRoot, "Directory.Packages.props"));
        return props.Descendants("PackageVersion").Single(e => (string?)e.Attribute("Include") == packageId).Attribute("Version")!.Value;
    }
}
