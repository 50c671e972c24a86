using System.Text.RegularExpressions;
using Aims.Analyzers.EndToEndTests;
using Aims.Cli.Tests.Harness;
using Xunit;

namespace Aims.Cli.Tests.Documentation;

/// <summary>
/// The release gate of docs/ci.md compares with the last release before the one being built: on GitHub the release
/// that triggers the run is already published, and on Azure Pipelines the latest run of main is not a release.
/// </summary>
public sealed class CiRecipeTests : IDisposable
{
    /// <summary>The releases a stand-in for gh lists, newest first.</summary>
    private const string Releases = """[{"tagName":"v1.1.0","isDraft":false},{"tagName":"v1.0.0","isDraft":false}]""";

    private readonly TempFolder _folder = new();

    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    [Theory]
    [InlineData("release", "v1.1.0", "v1.0.0")]
    [InlineData("push", "main", "v1.1.0")]
    [InlineData("pull_request", "42/merge", "v1.1.0")]
    public void The_github_gate_downloads_the_inventory_of_the_release_before_the_one_being_built(string trigger, string reference, string expectedTag)
    {
        var download = Script("Download the last release's inventory");
        var bin = Directory.CreateDirectory(_folder.Combine("bin")).FullName;
        var gh = Path.Combine(bin, "gh");
        // gh lists the releases through the step's own --jq filter (with the real jq) and records what it is asked to download.
        File.WriteAllText(gh, $$"""
            #!/usr/bin/env bash
            if [ "$1 $2" = "release list" ]; then
              filter=.
              while [ $# -gt 0 ]; do if [ "$1" = --jq ]; then filter="$2"; fi; shift; done
              printf '%s' '{{Releases}}' | jq -r "$filter"
            elif [ "$1 $2" = "release download" ]; then
              printf '%s\n' "$@" > "$RUNNER_TEMP/downloaded"
            fi
            """);
        File.SetUnixFileMode(gh, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);

        var (exitCode, output) = Processes.Run("bash", ["-e", "-o", "pipefail", "-c", download], _folder.Path, new Dictionary<string, string>
        {
            ["PATH"] = bin + ":" + Environment.GetEnvironmentVariable("PATH"),
            ["RUNNER_TEMP"] = _folder.Path,
            ["GITHUB_EVENT_NAME"] = trigger,
            ["GITHUB_REF_NAME"] = reference,
        });

        Assert.True(exitCode == 0, output);
        var arguments = File.ReadAllLines(_folder.Combine("downloaded"));
        Assert.Equal(["release", "download", expectedTag], arguments[..3]);
        Assert.Contains("ai-inventory.aims.json", arguments);
    }

    [Fact]
    public void The_azure_gate_downloads_the_inventory_of_the_last_release_run()
    {
        var azure = Regex.Match(File.ReadAllText(RepositoryRoot.Combine("docs/ci.md")), @"## Azure Pipelines.*?```yaml\n(?<yaml>.*?)```", RegexOptions.Singleline).Groups["yaml"].Value;
        var steps = Regex.Split(azure, @"^  - ", RegexOptions.Multiline);
        var download = steps.Single(step => step.Contains("DownloadPipelineArtifact@2", StringComparison.Ordinal));
        var tagging = steps.Single(step => step.Contains("##vso[build.addbuildtag]release", StringComparison.Ordinal));

        Assert.Contains("runVersion: latest\n", download, StringComparison.Ordinal);
        Assert.Contains("tags: release\n", download, StringComparison.Ordinal);
        Assert.DoesNotContain("runBranch", download, StringComparison.Ordinal);
        Assert.Contains("condition: and(succeeded(), startsWith(variables['Build.SourceBranch'], 'refs/tags/'))", tagging, StringComparison.Ordinal);
    }

    private static string Script(string step) => CliCiRecipe.GitHubSteps().Single(s => s.Name == step).Script;

    public void Dispose() => _folder.Dispose();
}
