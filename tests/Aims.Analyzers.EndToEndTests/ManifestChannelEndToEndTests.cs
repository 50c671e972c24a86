using System.Text.Json;
using System.Text.RegularExpressions;
using Xunit;

namespace Aims.Analyzers.EndToEndTests;

/// <summary>
/// The manifest is what the compiler reported in the same build, read from its error log: the findings are the build's
/// warnings, suppressed ones are waivers, a disabled rule keeps its calls in the inventory, and where the log cannot
/// tell (no analyzers, no compile) the manifest says so or stays the last compile's.
/// </summary>
public sealed partial class ManifestChannelEndToEndTests(PackageFixture package) : IClassFixture<PackageFixture>
{
    [Fact]
    public async Task The_manifests_open_findings_are_the_builds_warnings_and_the_four_suppressed_ones_are_waivers_with_their_justifications()
    {
        var project = Claims("Claims");

        var build = await project.BuildAsync();

        Assert.True(build.ExitCode == 0, build.Output);
        var warnings = WarningLine().Matches(build.Output).Select(m => (m.Groups["file"].Value, int.Parse(m.Groups["line"].Value))).Distinct().ToList();
        using var manifest = ReadManifest(project, "Claims");
        var root = manifest.RootElement;
        var findings = root.GetProperty("findings").EnumerateArray().ToList();
        Assert.Equal(
            warnings.Order(),
            findings.Where(f => f.GetProperty("suppression").ValueKind == JsonValueKind.Null).Select(f => (f.GetProperty("path").GetString()!, f.GetProperty("line").GetInt32())).Order());
        Assert.Equal([("Intake.cs", LineOf(File.ReadAllText(Path.Combine(project.Directory, "Intake.cs")), "ClassifyAsync"))], warnings);
        Assert.Equal(
            [
                ("pragma", null),
                ("suppressMessage", "Prototype behind a feature flag"),
                ("suppressMessage", "Load test harness, never deployed"),
                ("suppressMessage", "Replay tool, retired in Q3"),
            ],
            findings.Select(f => f.GetProperty("suppression")).Where(s => s.ValueKind != JsonValueKind.Null)
                .Select(s => (s.GetProperty("kind").GetString(), s.GetProperty("justification").GetString())));
        Assert.Equal(5, root.GetProperty("undeclaredUsages").GetArrayLength());
        Assert.Equal("build", root.GetProperty("evidence").GetProperty("source").GetString());
        Assert.Equal("SARIF 2.1.0", root.GetProperty("evidence").GetProperty("errorLog").GetString());
        Assert.Equal(4, root.GetProperty("summary").GetProperty("waivers").GetProperty("AIMS001").GetInt32());
        Assert.True(File.Exists(Path.Combine(project.Directory, "obj", "Debug", "net10.0", "Claims.aims.sarif")));
        Assert.DoesNotContain(package.WorkDirectory, File.ReadAllText(ManifestPath(project, "Claims")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("build.sarif", "SARIF 1.0.0")]
    [InlineData("build.sarif,version=2.1", "SARIF 2.1.0")]
    public async Task A_project_that_sets_its_own_ErrorLog_keeps_it_and_the_manifest_reads_it(string errorLog, string format)
    {
        var name = "OwnLog" + format[^5..].Replace(".", "", StringComparison.Ordinal);
        var project = Claims(name, $"<ErrorLog>{errorLog}</ErrorLog>");

        var build = await project.BuildAsync();

        Assert.True(build.ExitCode == 0, build.Output);
        var log = File.ReadAllText(Path.Combine(project.Directory, "build.sarif"));
        Assert.Contains("\"AIMS001\"", log, StringComparison.Ordinal);
        Assert.False(Directory.EnumerateFiles(Path.Combine(project.Directory, "obj"), "*.aims.sarif", SearchOption.AllDirectories).Any());
        using var manifest = ReadManifest(project, name);
        var evidence = manifest.RootElement.GetProperty("evidence");
        Assert.Equal("build", evidence.GetProperty("source").GetString());
        Assert.Equal(format, evidence.GetProperty("errorLog").GetString());
        var waivers = manifest.RootElement.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("suppression")).Where(s => s.ValueKind != JsonValueKind.Null).ToList();
        Assert.Equal(4, waivers.Count);
        if (format == "SARIF 1.0.0")
        {
            // SARIF 1.0 records that a finding was suppressed, not how or why: the manifest says no more.
            Assert.All(waivers, w => Assert.Equal("inSource", w.GetProperty("kind").GetString()));
            Assert.All(waivers, w => Assert.Equal(JsonValueKind.Null, w.GetProperty("justification").ValueKind));
            Assert.Equal(JsonValueKind.Null, evidence.GetProperty("disabledRules").ValueKind);
        }
    }

    [Fact]
    public async Task An_up_to_date_build_skips_the_compile_and_keeps_the_manifest_of_the_last_compile()
    {
        var project = Claims("UpToDate");
        Assert.Equal(0, (await project.BuildAsync()).ExitCode);
        var path = ManifestPath(project, "UpToDate");
        var written = File.GetLastWriteTimeUtc(path);
        var content = File.ReadAllText(path);

        var again = await project.BuildAsync("-v:n");

        Assert.True(again.ExitCode == 0, again.Output);
        Assert.Contains("Skipping target \"CoreCompile\"", again.Output, StringComparison.Ordinal);
        Assert.Equal(written, File.GetLastWriteTimeUtc(path));

        // The error log is an output of the compile: without it the project compiles again, and writes the same manifest.
        File.Delete(Path.Combine(project.Directory, "obj", "Debug", "net10.0", "UpToDate.aims.sarif"));
        var recompiled = await project.BuildAsync("-v:n");
        Assert.True(recompiled.ExitCode == 0, recompiled.Output);
        Assert.DoesNotContain("Skipping target \"CoreCompile\"", recompiled.Output, StringComparison.Ordinal);
        Assert.Equal(content, File.ReadAllText(path));
    }

    [Fact]
    public async Task A_rule_set_to_none_leaves_its_calls_in_the_inventory_and_is_named_as_disabled()
    {
        var project = Claims("RuleOff");
        project.Write(".editorconfig", "root = true\n\n[*.cs]\ndotnet_diagnostic.AIMS001.severity = none\n");

        var build = await project.BuildAsync();

        Assert.True(build.ExitCode == 0, build.Output);
        Assert.DoesNotContain("AIMS001", build.Output, StringComparison.Ordinal);
        using var manifest = ReadManifest(project, "RuleOff");
        var root = manifest.RootElement;
        Assert.Equal(5, root.GetProperty("undeclaredUsages").GetArrayLength());
        Assert.DoesNotContain(root.GetProperty("findings").EnumerateArray(), f => f.GetProperty("id").GetString() == "AIMS001");
        Assert.Equal(["AIMS001"], root.GetProperty("evidence").GetProperty("disabledRules").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task A_build_with_compile_errors_fails_on_the_error_alone_and_writes_no_manifest()
    {
        var project = Claims("Broken");
        project.Write("Broken.cs", "namespace Claims; public static class Broken { public static int Count() { int count = \"many\"; return count; } }");

        var build = await project.BuildAsync();

        Assert.NotEqual(0, build.ExitCode);
        Assert.Contains("error CS0029", build.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("AIMSB", build.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("AD0001", build.Output, StringComparison.Ordinal);
        Assert.False(File.Exists(ManifestPath(project, "Broken")));
    }

    [Fact]
    public async Task Findings_keep_the_severity_the_analysis_mode_and_warnings_as_errors_give_them()
    {
        var project = new ConsumerProject(package, "Severities");
        project.WriteProjectFile("<AimsAnalysisMode>Minimal</AimsAnalysisMode><TreatWarningsAsErrors>true</TreatWarningsAsErrors>", "Microsoft.Extensions.AI.Abstractions", "Aims.Analyzers");
        project.Write("Scorer.cs", """
            using Aims;
            using Microsoft.Extensions.AI;

            namespace Severities;

            [AiSystem("scorer", Purpose = "Scores leads", Owner = "Sales Ops", Risk = AiRiskLevel.Limited, ServesPeopleDirectly = false)]
            public sealed class Scorer(IChatClient chat)
            {
                public Task<ChatResponse> ScoreAsync(string lead) => chat.GetResponseAsync(lead);
            }

            public sealed class Shadow(IChatClient chat)
            {
            #pragma warning disable AIMS001
                public Task<ChatResponse> AskAsync(string question) => chat.GetResponseAsync(question);
            #pragma warning restore AIMS001
            }
            """);

        var build = await project.BuildAsync();

        Assert.True(build.ExitCode == 0, build.Output);
        using var manifest = ReadManifest(project, "Severities");
        var findings = manifest.RootElement.GetProperty("findings").EnumerateArray()
            .Select(f => (f.GetProperty("id").GetString(), f.GetProperty("severity").GetString(), Waived: f.GetProperty("suppression").ValueKind != JsonValueKind.Null))
            .ToList();
        // Minimal makes a missing data source a suggestion; warnings as errors make the suppressed AIMS001 an error.
        Assert.Contains(("AIMS003", "info", false), findings);
        Assert.Contains(("AIMS001", "error", true), findings);
    }

    [Fact]
    public async Task Without_analyzers_the_manifest_holds_the_declarations_and_says_its_AI_calls_are_not_known()
    {
        var project = Claims("NoAnalyzers");

        var build = await project.BuildAsync("-p:RunAnalyzers=false");

        Assert.True(build.ExitCode == 0, build.Output);
        Assert.Contains("warning AIMSB003: The AI manifest of 'NoAnalyzers' lists its declarations only", build.Output, StringComparison.Ordinal);
        using var manifest = ReadManifest(project, "NoAnalyzers");
        var root = manifest.RootElement;
        Assert.Equal("declarations", root.GetProperty("evidence").GetProperty("source").GetString());
        Assert.Contains("the analyzers did not run", root.GetProperty("evidence").GetProperty("missing").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, root.GetProperty("undeclaredUsages").ValueKind);
        Assert.Equal(JsonValueKind.Null, root.GetProperty("findings").ValueKind);
        Assert.Equal(JsonValueKind.Null, root.GetProperty("controls").ValueKind);
    }

    [Fact]
    public async Task Each_target_framework_gets_its_manifest_from_its_own_compile()
    {
        var project = new ConsumerProject(package, "TwoTargets");
        project.Write("TwoTargets.csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFrameworks>netstandard2.0;net10.0</TargetFrameworks>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Microsoft.Extensions.AI.Abstractions" Version="{package.CentralVersionOf("Microsoft.Extensions.AI.Abstractions")}" />
                <PackageReference Include="Aims.Analyzers" Version="{package.PackageVersion}" />
              </ItemGroup>
            </Project>
            """);
        project.Write("Asker.cs", """
            using System.Threading.Tasks;
            using Microsoft.Extensions.AI;

            namespace TwoTargets
            {
                public sealed class Asker
                {
                    private readonly IChatClient _chat;

                    public Asker(IChatClient chat) { _chat = chat; }

                    public Task<ChatResponse> AskAsync(string question) { return _chat.GetResponseAsync(question); }
                }
            }
            """);

        var build = await project.BuildAsync();

        Assert.True(build.ExitCode == 0, build.Output);
        foreach (var framework in new[] { "netstandard2.0", "net10.0" })
        {
            using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(project.Directory, "bin", "Debug", framework, "TwoTargets.aims.json")));
            Assert.Equal("build", manifest.RootElement.GetProperty("evidence").GetProperty("source").GetString());
            Assert.Equal("Asker.cs", Assert.Single(manifest.RootElement.GetProperty("undeclaredUsages").EnumerateArray()).GetProperty("path").GetString());
        }
    }

    [Fact]
    public async Task A_solution_build_writes_each_projects_manifest_with_the_systems_its_references_declare()
    {
        var solution = new ConsumerProject(package, "Org");
        solution.Write("Core/Core.csproj", ProjectFile("<PackageReference Include=\"Microsoft.Extensions.AI.Abstractions\" Version=\"" + package.CentralVersionOf("Microsoft.Extensions.AI.Abstractions") + "\" />"));
        solution.Write("Core/Assistant.cs", """
            using Aims;
            using Microsoft.Extensions.AI;

            namespace Core;

            [AiSystem("assistant", Purpose = "Answers questions", Owner = "Platform", Risk = AiRiskLevel.Minimal)]
            public sealed class Assistant(IChatClient chat)
            {
                public Task<ChatResponse> AskAsync(string question) => chat.GetResponseAsync(question);
            }
            """);
        solution.Write("App/App.csproj", ProjectFile("<ProjectReference Include=\"../Core/Core.csproj\" />"));
        solution.Write("App/Widget.cs", """
            using Aims;
            using Microsoft.Extensions.AI;

            namespace App;

            [PartOfAiSystem("assistant")]
            public sealed class Widget(IChatClient chat)
            {
                public Task<ChatResponse> SuggestAsync(string text) => chat.GetResponseAsync(text);
            }
            """);
        Assert.Equal(0, (await DotNetCli.RunAsync(solution.Directory, "new", "sln", "-n", "Org", "--format", "sln")).ExitCode);
        Assert.Equal(0, (await DotNetCli.RunAsync(solution.Directory, "sln", "Org.sln", "add", "Core/Core.csproj", "App/App.csproj")).ExitCode);

        var build = await DotNetCli.RunAsync(solution.Directory, "build", "Org.sln", "-nologo", "-tl:off", "-v:minimal");

        Assert.True(build.ExitCode == 0, build.Output);
        using var core = JsonDocument.Parse(File.ReadAllText(Path.Combine(solution.Directory, "Core", "bin", "Debug", "net10.0", "Core.aims.json")));
        using var app = JsonDocument.Parse(File.ReadAllText(Path.Combine(solution.Directory, "App", "bin", "Debug", "net10.0", "App.aims.json")));
        var declared = Assert.Single(core.RootElement.GetProperty("systems").EnumerateArray());
        Assert.Equal("Assistant.cs", Assert.Single(declared.GetProperty("callSites").EnumerateArray()).GetProperty("path").GetString());
        var joined = Assert.Single(app.RootElement.GetProperty("systems").EnumerateArray());
        Assert.Equal("Core", joined.GetProperty("declaredIn").GetString());
        Assert.Equal("Widget.cs", Assert.Single(joined.GetProperty("callSites").EnumerateArray()).GetProperty("path").GetString());
    }

    [Fact]
    public async Task A_design_time_build_gets_neither_the_inventory_records_nor_an_error_log()
    {
        // Restored, never compiled: the compile runs in both invocations (SkipCompilerExecution writes no outputs).
        var project = Claims("DesignTime");
        Assert.Equal(0, (await DotNetCli.RunAsync(project.Directory, "restore", "-nologo")).ExitCode);
        string[] commandLine = ["msbuild", "-nologo", "-t:Compile", "-p:SkipCompilerExecution=true", "-p:ProvideCommandLineArgs=true", "-getItem:CscCommandLineArgs"];

        var build = await DotNetCli.RunAsync(project.Directory, [.. commandLine, "-p:DesignTimeBuild=false"]);
        var designTime = await DotNetCli.RunAsync(project.Directory, [.. commandLine, "-p:DesignTimeBuild=true"]);

        Assert.True(build.ExitCode == 0 && designTime.ExitCode == 0, build.Output + designTime.Output);
        Assert.Contains("Aims.Inventory.globalconfig", build.Output, StringComparison.Ordinal);
        Assert.Contains("/errorlog:", build.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Aims.Inventory.globalconfig", designTime.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("/errorlog:", designTime.Output, StringComparison.Ordinal);
    }

    private ConsumerProject Claims(string name, string properties = "")
    {
        var project = new ConsumerProject(package, name);
        project.WriteProjectFile(properties, "Microsoft.Extensions.AI.Abstractions", "Aims.Analyzers");
        project.CopySources("tests/Projects/Claims");
        return project;
    }

    private string ProjectFile(string item) => $"""
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <TargetFramework>net10.0</TargetFramework>
            <ImplicitUsings>enable</ImplicitUsings>
          </PropertyGroup>
          <ItemGroup>
            {item}
            <PackageReference Include="Aims.Analyzers" Version="{package.PackageVersion}" />
          </ItemGroup>
        </Project>
        """;

    private static int LineOf(string source, string text) =>
        source.Split('\n').Select((line, index) => (line, index)).First(l => l.line.Contains(text, StringComparison.Ordinal)).index + 1;

    private static string ManifestPath(ConsumerProject project, string assembly) =>
        Path.Combine(project.Directory, "bin", "Debug", "net10.0", assembly + ".aims.json");

    private static JsonDocument ReadManifest(ConsumerProject project, string assembly) =>
        JsonDocument.Parse(File.ReadAllText(ManifestPath(project, assembly)));

    [GeneratedRegex(@"(?<file>[^/\\\s]+\.cs)\((?<line>\d+),\d+\): warning AIMS\d{3}")]
    private static partial Regex WarningLine();
}
