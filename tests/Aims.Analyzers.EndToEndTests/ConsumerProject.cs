namespace Aims.Analyzers.EndToEndTests;

/// <summary>A throw-away project outside the repository that references Aims.Analyzers by PackageReference from the folder feed.</summary>
public sealed class ConsumerProject
{
    private readonly PackageFixture _package;

    public ConsumerProject(PackageFixture package, string name)
    {
        _package = package;
        Directory = System.IO.Directory.CreateDirectory(Path.Combine(package.WorkDirectory, name)).FullName;

        // Stop MSBuild and NuGet from picking up anything above this folder.
        Write("Directory.Build.props", "<Project />");
        Write("Directory.Build.targets", "<Project />");
        Write("Directory.Packages.props", "<Project />");
        Write("nuget.config", $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="aims-e2e" value="{package.FeedDirectory}" />
              </packageSources>
              <config>
                <add key="globalPackagesFolder" value="{package.PackagesDirectory}" />
              </config>
            </configuration>
            """);
    }

    public string Directory { get; }

    public void Write(string relativePath, string content)
    {
        var path = Path.Combine(Directory, relativePath);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content.ReplaceLineEndings("\n"));
    }

    /// <summary>Copies the C# sources of a folder of the repository (a sample app, a test project) into this project.</summary>
    public void CopySources(string repositoryFolder)
    {
        foreach (var source in System.IO.Directory.GetFiles(Path.Combine(_package.RepositoryRoot, repositoryFolder), "*.cs"))
        {
            Write(Path.GetFileName(source), File.ReadAllText(source));
        }
    }

    public Task<DotNetCli.Result> BuildAsync(params string[] extraArguments) =>
        DotNetCli.RunAsync(Directory, ["build", "-nologo", "-tl:off", "-v:minimal", "-clp:NoSummary", .. extraArguments]);

    /// <summary>Writes the project file: net10.0 with nullable and implicit usings, extra properties, and these packages.</summary>
    public void WriteProjectFile(string properties, params string[] packageIds) => Write(Path.GetFileName(Directory) + ".csproj", $"""
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <TargetFramework>net10.0</TargetFramework>
            <ImplicitUsings>enable</ImplicitUsings>
            <Nullable>enable</Nullable>
            {properties}
          </PropertyGroup>
          <ItemGroup>
        {PackageReferences(packageIds)}
          </ItemGroup>
        </Project>
        """);

    private string PackageReferences(params string[] packageIds) => string.Join(
        "\n",
        packageIds.Select(id => $"""    <PackageReference Include="{id}" Version="{(id == "Aims.Analyzers" ? _package.PackageVersion : _package.CentralVersionOf(id))}" />"""));
}
