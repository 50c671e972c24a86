using System.Text.Json;
using Aims.Manifest;
using Xunit;

namespace Aims.Analyzers.EndToEndTests;

/// <summary>
/// A project whose inputs hold nothing the analyzers look for compiles without the package's analyzers and generator:
/// the compiler never loads them, writes no error log, and the manifest says the inputs hold no AI.
/// </summary>
public sealed class InputScreeningEndToEndTests(PackageFixture package) : IClassFixture<PackageFixture>
{
    private const string Ledger = """
        namespace Ledger;

        public sealed class Postings
        {
            private readonly Dictionary<string, decimal> _balances = new();

            // Words the screening must not take for AI: a DataSource is no [DataSource] without the namespace.
            public string DataSource { get; set; } = "ledger-db";

            public decimal Post(string account, decimal amount) =>
                _balances[account] = _balances.GetValueOrDefault(account) + amount;
        }
        """;

    [Fact]
    public async Task A_project_without_AI_compiles_without_the_analyzers_and_its_manifest_says_its_inputs_hold_none()
    {
        var project = LedgerProject("Ledger");

        var build = await BuildWithCommandLineAsync(project);

        Assert.True(build.ExitCode == 0, build.Output);
        Assert.DoesNotContain("Aims.Analyzers.dll", build.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Aims.Manifest.dll", build.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("/errorlog:", build.Output, StringComparison.Ordinal);
        using var manifest = ReadManifest(project, "Ledger");
        var root = manifest.RootElement;
        Assert.Equal("inputs", root.GetProperty("evidence").GetProperty("source").GetString());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("evidence").GetProperty("errorLog").ValueKind);
        Assert.Equal(0, root.GetProperty("undeclaredUsages").GetArrayLength());
        Assert.Equal(0, root.GetProperty("findings").GetArrayLength());
        Assert.Equal(38, root.GetProperty("controls").GetArrayLength());
        Assert.Null(EmbeddedManifest.Read(File.ReadAllBytes(Path.Combine(project.Directory, "bin", "Debug", "net10.0", "Ledger.dll"))));
    }

    [Fact]
    public async Task AimsScreenInputs_false_always_runs_the_analyzers()
    {
        var project = LedgerProject("LedgerUnscreened", "<AimsScreenInputs>false</AimsScreenInputs>");

        var build = await BuildWithCommandLineAsync(project);

        Assert.True(build.ExitCode == 0, build.Output);
        Assert.Contains("Aims.Analyzers.dll", build.Output, StringComparison.Ordinal);
        Assert.Contains("/errorlog:", build.Output, StringComparison.Ordinal);
        using var manifest = ReadManifest(project, "LedgerUnscreened");
        Assert.Equal("build", manifest.RootElement.GetProperty("evidence").GetProperty("source").GetString());
        Assert.Equal(0, manifest.RootElement.GetProperty("undeclaredUsages").GetArrayLength());
    }

    [Fact]
    public async Task A_model_host_in_source_is_enough_to_run_them()
    {
        var project = LedgerProject("LedgerWithHost");
        project.Write("Summaries.cs", """
            namespace Ledger;

            public sealed class Summaries(HttpClient http)
            {
                public Task<HttpResponseMessage> SummariseAsync(HttpContent body) => http.PostAsync("https://api.mistral.ai/v1/chat/completions", body);
            }
            """);

        var build = await project.BuildAsync();

        Assert.True(build.ExitCode == 0, build.Output);
        Assert.Contains("warning AIMS001", build.Output, StringComparison.Ordinal);
        using var manifest = ReadManifest(project, "LedgerWithHost");
        Assert.Equal("build", manifest.RootElement.GetProperty("evidence").GetProperty("source").GetString());
        Assert.Equal("Summaries.cs", Assert.Single(manifest.RootElement.GetProperty("undeclaredUsages").EnumerateArray()).GetProperty("path").GetString());
    }

    [Fact]
    public async Task Changing_the_screenings_decision_compiles_again()
    {
        var project = LedgerProject("LedgerDecision");
        Assert.Equal(0, (await project.BuildAsync()).ExitCode);

        var again = await project.BuildAsync("-v:n", "-p:AimsScreenInputs=false");

        Assert.True(again.ExitCode == 0, again.Output);
        Assert.DoesNotContain("Skipping target \"CoreCompile\"", again.Output, StringComparison.Ordinal);
        using var manifest = ReadManifest(project, "LedgerDecision");
        Assert.Equal("build", manifest.RootElement.GetProperty("evidence").GetProperty("source").GetString());
    }

    [Fact]
    public async Task An_Aims_attribute_written_from_an_AssemblyAttribute_item_is_screened_like_source()
    {
        var project = LedgerProject("LedgerGoverned");
        project.Write("Directory.Build.props", """
            <Project>
              <ItemGroup>
                <AssemblyAttribute Include="Aims.AiManagementSystemAttribute">
                  <_Parameter1>Contoso Finance</_Parameter1>
                </AssemblyAttribute>
              </ItemGroup>
            </Project>
            """);

        var build = await project.BuildAsync();

        Assert.True(build.ExitCode == 0, build.Output);
        using var manifest = ReadManifest(project, "LedgerGoverned");
        Assert.Equal("build", manifest.RootElement.GetProperty("evidence").GetProperty("source").GetString());
        Assert.Equal("Contoso Finance", manifest.RootElement.GetProperty("managementSystem").GetProperty("organization").GetString());
    }

    [Fact]
    public async Task A_source_a_later_build_step_adds_with_a_model_host_makes_the_manifest_say_what_it_cannot_know()
    {
        var project = LedgerProject("LedgerLate");
        project.Write("Directory.Build.targets", """
            <Project>
              <Target Name="AddGeneratedClient" BeforeTargets="CoreCompile">
                <WriteLinesToFile File="$(IntermediateOutputPath)Client.g.cs" Overwrite="true"
                                  Lines="namespace Ledger%3B public static class Client { public const string Url = &quot;https://api.openai.com/v1/chat/completions&quot;%3B }" />
                <ItemGroup>
                  <Compile Include="$(IntermediateOutputPath)Client.g.cs" />
                </ItemGroup>
              </Target>
            </Project>
            """);

        var build = await project.BuildAsync();

        Assert.True(build.ExitCode == 0, build.Output);
        Assert.Contains("warning AIMSB003", build.Output, StringComparison.Ordinal);
        using var manifest = ReadManifest(project, "LedgerLate");
        var evidence = manifest.RootElement.GetProperty("evidence");
        Assert.Equal("declarations", evidence.GetProperty("source").GetString());
        Assert.Contains("after the screening", evidence.GetProperty("missing").GetString(), StringComparison.Ordinal);
        Assert.Contains("nor its declarations are known", evidence.GetProperty("missing").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, manifest.RootElement.GetProperty("undeclaredUsages").ValueKind);
    }

    private ConsumerProject LedgerProject(string name, string properties = "")
    {
        var project = new ConsumerProject(package, name);
        project.WriteProjectFile(properties, "Aims.Analyzers");
        project.Write("Postings.cs", Ledger);
        return project;
    }

    /// <summary>A real build that also prints the compiler's command line (CscCommandLineArgs).</summary>
    private static Task<DotNetCli.Result> BuildWithCommandLineAsync(ConsumerProject project) =>
        DotNetCli.RunAsync(project.Directory, "msbuild", "-restore", "-nologo", "-t:Build", "-p:ProvideCommandLineArgs=true", "-getItem:CscCommandLineArgs");

    private static JsonDocument ReadManifest(ConsumerProject project, string assembly) =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(project.Directory, "bin", "Debug", "net10.0", assembly + ".aims.json")));
}
