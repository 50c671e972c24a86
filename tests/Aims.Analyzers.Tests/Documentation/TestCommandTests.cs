using System.Diagnostics;
using Xunit;

namespace Aims.Analyzers.Tests.Documentation;

/// <summary>
/// The README's test command is tests/run, which CI runs as it is, and which, where it cannot set up what the tests need,
/// stops at once with one line that names what is missing and how to get it.
/// </summary>
public sealed class TestCommandTests : IDisposable
{
    private readonly string _bin = Directory.CreateTempSubdirectory("aims-path-").FullName;

    public void Dispose() => Directory.Delete(_bin, recursive: true);

    [Fact]
    public void The_README_test_command_is_tests_run_and_CI_runs_exactly_it()
    {
        var readme = File.ReadAllText(RepositoryFiles.PathOf("README.md"));
        var quickStart = readme[readme.IndexOf("## Quick start", StringComparison.Ordinal)..];
        quickStart = quickStart[..quickStart.IndexOf("```\n\n", StringComparison.Ordinal)];

        Assert.Contains("\ntests/run ", quickStart, StringComparison.Ordinal);
        Assert.Contains("\ntests/run\n", File.ReadAllText(RepositoryFiles.PathOf(".ci/run")), StringComparison.Ordinal);
        Assert.DoesNotContain("dotnet test", File.ReadAllText(RepositoryFiles.PathOf(".ci/run")), StringComparison.Ordinal);
    }

    [Fact]
    public void Without_the_NET_SDK_it_stops_with_one_line_that_says_how_to_get_it()
    {
        Link("dirname");

        var (exitCode, error) = Run();

        Assert.Equal(1, exitCode);
        Assert.Equal("tests/run: the .NET 10 SDK is missing: install it from https://dot.net/download (or dotnet-install.sh), then run tests/run again", error.Trim());
    }

    [Fact]
    public void Without_a_package_manager_it_names_the_missing_tools_in_one_line_and_runs_no_test()
    {
        Link("dirname");
        Link("id");
        File.WriteAllText(Path.Combine(_bin, "dotnet"), "#!/bin/sh\necho ran dotnet >&2\nexit 3\n");
        File.WriteAllText(Path.Combine(_bin, "python3"), "#!/bin/sh\nexit 1\n");
        File.SetUnixFileMode(Path.Combine(_bin, "dotnet"), UnixFileMode.UserRead | UnixFileMode.UserExecute);
        File.SetUnixFileMode(Path.Combine(_bin, "python3"), UnixFileMode.UserRead | UnixFileMode.UserExecute);

        var (exitCode, error) = Run();

        Assert.Equal(1, exitCode);
        var line = Assert.Single(error.Trim().Split('\n'));
        Assert.StartsWith("tests/run: missing python3-jsonschema", line, StringComparison.Ordinal);
        Assert.Contains("nodejs npm jq: install them with your system's package manager (on Debian or Ubuntu: sudo apt-get install -y --no-install-recommends python3-jsonschema", line, StringComparison.Ordinal);
    }

    private void Link(string tool)
    {
        var path = new[] { "/usr/bin", "/bin" }.Select(folder => Path.Combine(folder, tool)).First(File.Exists);
        File.CreateSymbolicLink(Path.Combine(_bin, tool), path);
    }

    /// <summary>Runs tests/run with only the folder of chosen tools on the PATH.</summary>
    private (int ExitCode, string Error) Run()
    {
        var start = new ProcessStartInfo("/bin/bash", [RepositoryFiles.PathOf("tests/run")]) { RedirectStandardError = true, RedirectStandardOutput = true };
        start.Environment["PATH"] = _bin;
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEnd();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, error);
    }
}
