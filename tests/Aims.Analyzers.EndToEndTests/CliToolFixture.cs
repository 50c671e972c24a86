using Xunit;

namespace Aims.Analyzers.EndToEndTests;

/// <summary>
/// Packs src/Aims.Cli into a folder feed and installs it the way users do:
/// <c>dotnet tool install Aims.Cli --tool-path &lt;folder&gt; --add-source &lt;feed&gt; --version &lt;version&gt;</c>.
/// </summary>
public sealed class CliToolFixture : IAsyncLifetime
{
    public string WorkDirectory { get; } = Directory.CreateTempSubdirectory("aims-cli-e2e-").FullName;

    public string FeedDirectory => Path.Combine(WorkDirectory, "feed");

    public string ToolDirectory => Path.Combine(WorkDirectory, "tools");

    public string PackagePath { get; private set; } = "";

    public string Version { get; private set; } = "";

    /// <summary>The installed command.</summary>
    public string Command => Path.Combine(ToolDirectory, OperatingSystem.IsWindows() ? "aims.exe" : "aims");

    public async Task InitializeAsync()
    {
        var pack = await RepositoryPack.RunAsync("src/Aims.Cli/Aims.Cli.csproj", FeedDirectory);
        Assert.True(pack.ExitCode == 0, "dotnet pack of the aims tool failed:\n" + pack.Output);
        PackagePath = Assert.Single(Directory.GetFiles(FeedDirectory, "Aims.Cli.*.nupkg"));
        Version = Path.GetFileNameWithoutExtension(PackagePath)["Aims.Cli.".Length..];

        // A package folder of our own, so that an Aims.Cli of an earlier run is never taken for this one.
        File.WriteAllText(Path.Combine(WorkDirectory, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <config>
                <add key="globalPackagesFolder" value="{Path.Combine(WorkDirectory, "packages")}" />
              </config>
            </configuration>
            """);
        var install = await DotNetCli.RunAsync(WorkDirectory, "tool", "install", "Aims.Cli", "--tool-path", ToolDirectory, "--add-source", FeedDirectory, "--version", Version);
        Assert.True(install.ExitCode == 0, "dotnet tool install Aims.Cli failed:\n" + install.Output);
    }

    public CliProcess.Result Run(string workingDirectory, params string[] arguments) => CliProcess.Run(Command, arguments, workingDirectory);

    public Task DisposeAsync()
    {
        Directory.Delete(WorkDirectory, recursive: true);
        return Task.CompletedTask;
    }
}
