using System.Net;
using System.Text;
using System.Text.Json;
using Xunit;

namespace Aims.Analyzers.EndToEndTests;

/// <summary>
/// Runs the shell steps of the GitHub Actions workflow of docs/ci.md, as written, on a copy of the sample app whose
/// undeclared call is joined to the support assistant (so the Strict build passes): the tool installs, the Strict
/// build writes one SARIF file per project, the job summary gets the report, the diff gate passes on an unchanged
/// inventory and fails on a worse one, and the AI-BOM reaches a Dependency-Track stand-in on 127.0.0.1.
/// </summary>
public sealed class CliCiRecipeTests(PackageFixture package, CliToolFixture tool) : IClassFixture<PackageFixture>, IClassFixture<CliToolFixture>
{
    private const string ProjectUuid = "5b1c0a4e-7d2f-4d2a-9a3b-1f2e3d4c5b6a";
    private const string ApiKey = "odt_test_key";

    [Fact]
    public async Task The_github_workflow_steps_gate_and_publish_the_sample_inventory()
    {
        var workspace = new ConsumerProject(package, "Governed");
        workspace.WriteProjectFile("<OutputType>Exe</OutputType>", "OpenAI", "Microsoft.Extensions.AI.Abstractions", "Microsoft.Extensions.DependencyInjection", "Aims.Analyzers");
        workspace.CopySources("samples/SupportDesk");
        var router = Path.Combine(workspace.Directory, "TicketRouter.cs");
        File.WriteAllText(router, File.ReadAllText(router).Replace("public sealed class TicketRouter", "[Aims.PartOfAiSystem(\"support-assistant\")]\npublic sealed class TicketRouter", StringComparison.Ordinal));
        File.Copy(tool.PackagePath, Path.Combine(package.FeedDirectory, Path.GetFileName(tool.PackagePath)), overwrite: true);
        Git(workspace.Directory, "init", "-q");
        Git(workspace.Directory, "add", ".");
        Git(workspace.Directory, "-c", "user.name=CI", "-c", "user.email=ci@example.invalid", "commit", "-q", "-m", "release");

        var runner = Directory.CreateDirectory(Path.Combine(package.WorkDirectory, "runner-temp")).FullName;
        var summary = Path.Combine(runner, "step-summary.md");
        using var dependencyTrack = new DependencyTrackStandIn();
        var environment = new Dictionary<string, string>
        {
            ["RUNNER_TEMP"] = runner,
            ["GITHUB_STEP_SUMMARY"] = summary,
            ["GITHUB_REF_NAME"] = "v1.0.0",
            ["DT_URL"] = dependencyTrack.Url,
            ["DT_PROJECT"] = ProjectUuid,
            ["DT_API_KEY"] = ApiKey,
        };
        var steps = CliCiRecipe.GitHubSteps();
        Assert.Equal(
            ["Install the aims tool", "Build with every governance gap as an error", "Collect SARIF, one file per project", "AI inventory in the job summary",
             "Download the last release's inventory", "Fail if governance got worse than in the last release", "Organisation inventory and AI-BOM",
             "Attach the inventory to the release", "Send the AI-BOM to Dependency-Track"],
            steps.Select(s => s.Name));

        CliProcess.Result RunStep(string name) => CliProcess.Run("bash", ["-e", "-o", "pipefail", "-c", steps.Single(s => s.Name == name).Script], workspace.Directory, environment);

        foreach (var (name, _) in steps.Where(s => !s.Script.Contains("gh release", StringComparison.Ordinal)))
        {
            var result = name == "Send the AI-BOM to Dependency-Track" ? await Task.Run(() => RunStep(name)) : RunStep(name);
            Assert.True(result.ExitCode == 0, $"step '{name}' failed: {result}");
        }

        using (var sarif = JsonDocument.Parse(File.ReadAllText(Path.Combine(runner, "sarif", "Governed.sarif"))))
        {
            Assert.Equal("aims/Governed/", sarif.RootElement.GetProperty("runs")[0].GetProperty("automationDetails").GetProperty("id").GetString());
            Assert.DoesNotContain(sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray(), r => r.GetProperty("ruleId").GetString() is "AIMS021" or "AIMS022" or "AIMS023");
        }

        // The project's own log is the one its manifest was read from, with the records in it.
        Assert.Contains("\"AIMS021\"", File.ReadAllText(Path.Combine(workspace.Directory, "aims.sarif")), StringComparison.Ordinal);
        Assert.Contains("\"source\": \"build\"", File.ReadAllText(Path.Combine(workspace.Directory, "bin", "Release", "net10.0", "Governed.aims.json")), StringComparison.Ordinal);

        Assert.Contains("# AI inventory and ISO/IEC 42001 Annex A evidence", File.ReadAllText(summary), StringComparison.Ordinal);

        var upload = Assert.Single(dependencyTrack.Requests);
        Assert.Equal(("PUT", "/api/v1/bom", ApiKey, "application/json"), (upload.Method, upload.Path, upload.ApiKey, upload.ContentType));
        using (var body = JsonDocument.Parse(upload.Body))
        {
            Assert.Equal(ProjectUuid, body.RootElement.GetProperty("project").GetString());
            Assert.Equal(File.ReadAllBytes(Path.Combine(runner, "ai-bom.cdx.json")), Convert.FromBase64String(body.RootElement.GetProperty("bom").GetString()!));
        }

        // The release download step would put the last release's inventory here.
        var previous = Directory.CreateDirectory(Path.Combine(runner, "previous")).FullName;
        var inventory = File.ReadAllText(Path.Combine(runner, "ai-inventory.aims.json"));
        File.WriteAllText(Path.Combine(previous, "ai-inventory.aims.json"), inventory);
        Assert.Equal(0, RunStep("Fail if governance got worse than in the last release").ExitCode);

        File.WriteAllText(Path.Combine(previous, "ai-inventory.aims.json"), inventory.Replace("\"risk\": \"Limited\"", "\"risk\": \"Minimal\"", StringComparison.Ordinal));
        var gate = RunStep("Fail if governance got worse than in the last release");
        Assert.Equal(1, gate.ExitCode);
        Assert.Contains("`risk-raised`", File.ReadAllText(summary), StringComparison.Ordinal);
    }

    private static void Git(string directory, params string[] arguments)
    {
        var result = CliProcess.Run("git", arguments, directory, new Dictionary<string, string> { ["GIT_COMMITTER_DATE"] = "2025-03-31T12:00:00Z", ["GIT_AUTHOR_DATE"] = "2025-03-31T12:00:00Z" });
        Assert.True(result.ExitCode == 0, result.ToString());
    }

    /// <summary>Answers PUT /api/v1/bom on 127.0.0.1 like Dependency-Track, and keeps what it received.</summary>
    private sealed class DependencyTrackStandIn : IDisposable
    {
        private readonly HttpListener _listener = new();
        private readonly Task _serving;

        public DependencyTrackStandIn()
        {
            var port = FreePort();
            Url = $"http://127.0.0.1:{port}";
            _listener.Prefixes.Add(Url + "/");
            _listener.Start();
            _serving = Task.Run(ServeAsync);
        }

        public string Url { get; }

        public List<(string Method, string Path, string? ApiKey, string? ContentType, string Body)> Requests { get; } = [];

        public void Dispose()
        {
            _listener.Stop();
            _listener.Close();
        }

        private async Task ServeAsync()
        {
            while (_listener.IsListening)
            {
                HttpListenerContext context;
                try
                {
                    context = await _listener.GetContextAsync();
                }
                catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
                {
                    return;
                }

                using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
                Requests.Add((context.Request.HttpMethod, context.Request.Url!.AbsolutePath, context.Request.Headers["X-Api-Key"], context.Request.ContentType, await reader.ReadToEndAsync()));
                var answer = Encoding.UTF8.GetBytes("{\"token\":\"0d2c9a7e-1b3f-4c5d-8e6f-7a8b9c0d1e2f\"}");
                context.Response.ContentType = "application/json";
                await context.Response.OutputStream.WriteAsync(answer);
                context.Response.Close();
            }
        }

        private static int FreePort()
        {
            using var probe = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
            probe.Start();
            return ((IPEndPoint)probe.LocalEndpoint).Port;
        }
    }
}
