using System.IO.Compression;
using System.Text.Json;
using Xunit;

namespace Aims.Analyzers.EndToEndTests;

/// <summary>
/// The aims tool as users get it: packed, installed with <c>dotnet tool install</c>, and run on the sample app built
/// against the packed Aims.Analyzers package. The SARIF that the build writes for code scanning is checked here too.
/// </summary>
public sealed class CliEndToEndTests(PackageFixture package, CliToolFixture tool) : IClassFixture<PackageFixture>, IClassFixture<CliToolFixture>
{
    private const string HelpUri = "https://github.com/aims-analyzers/Aims.Analyzers/blob/main/docs/rules/AIMS001.md";

    [Fact]
    public void The_tool_package_is_a_dotnet_tool_named_aims()
    {
        using var archive = ZipFile.OpenRead(tool.PackagePath);
        var entries = archive.Entries.Select(e => e.FullName).ToList();
        Assert.Contains("tools/net8.0/any/DotnetToolSettings.xml", entries);
        Assert.Contains("tools/net8.0/any/aims.dll", entries);
        using var settings = new StreamReader(archive.GetEntry("tools/net8.0/any/DotnetToolSettings.xml")!.Open());
        Assert.Contains("<Command Name=\"aims\" EntryPoint=\"aims.dll\"", settings.ReadToEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_packed_tool_installs_and_runs_every_command_on_the_sample()
    {
        var sample = await BuildSampleAsync("SupportDesk");
        var bin = Path.Combine(sample.Directory, "bin", "Debug", "net10.0");
        var work = Directory.CreateDirectory(Path.Combine(sample.Directory, "aims-output")).FullName;

        Assert.Equal(tool.Version, tool.Run(work, "--version").Output.Trim().Split('+')[0]);

        // The tool's fixture of the sample is written by the in-process build of its tests: a real build writes the same
        // bytes, and scans the dependencies as well, which the in-process build has none of (its fixture says null).
        var built = Aims.Manifest.ManifestReader.Read(File.ReadAllText(Path.Combine(bin, "SupportDesk.aims.json")));
        Assert.Equal(
            ["Microsoft.Extensions.AI.Abstractions|package|True|0", "OpenAI|package|True|0"],
            built.Dependencies!.Select(d => $"{d.Name}|{d.Origin}|{d.IsAiSdk}|{d.Calls.Count}"));
        Assert.Equal(
            File.ReadAllText(Path.Combine(package.RepositoryRoot, "tests", "Aims.Cli.Tests", "Fixtures", "SupportDesk.aims.json")),
            Aims.Manifest.ManifestWriter.Write(built with { Dependencies = null }));

        var extract = tool.Run(work, "extract", Path.Combine(bin, "SupportDesk.dll"));
        Assert.True(extract.ExitCode == 0, extract.ToString());
        Assert.Contains("\"source\": \"declarations\"", extract.Output, StringComparison.Ordinal);
        Assert.Contains("\"id\": \"support-assistant\"", extract.Output, StringComparison.Ordinal);
        Assert.StartsWith($"aims: note: {Path.Combine(bin, "SupportDesk.dll")} carries the declarations of 'SupportDesk' only", extract.Error, StringComparison.Ordinal);

        // Parity: the sample's assembly and PDB, scanned, hold exactly the calls its build put in its manifest, at the same lines.
        var scan = tool.Run(work, "scan", Path.Combine(bin, "SupportDesk.dll"), "-o", "scanned.aims.json");
        Assert.True(scan.ExitCode == 0, scan.ToString());
        Assert.Equal(Calls(Path.Combine(bin, "SupportDesk.aims.json")), Calls(Path.Combine(work, "scanned.aims.json")));
        var scannedReport = tool.Run(work, "report", "scanned.aims.json", "--format", "md");
        Assert.True(scannedReport.ExitCode == 0, scannedReport.ToString());
        Assert.Contains("The findings are not known: read from the built assembly", scannedReport.Output, StringComparison.Ordinal);

        var report = tool.Run(work, "report", bin);
        Assert.True(report.ExitCode == 0, report.ToString());
        var html = File.ReadAllText(Path.Combine(work, "aims-report.html"));
        Assert.Contains("support-assistant", html, StringComparison.Ordinal);
        Assert.Contains("<code>TicketRouter.cs:13</code>", html, StringComparison.Ordinal);

        var markdown = tool.Run(work, "report", bin, "--format", "md");
        Assert.True(markdown.ExitCode == 0, markdown.ToString());
        Assert.Contains("1 AI call not covered by any declared system.", markdown.Output, StringComparison.Ordinal);

        var merge = tool.Run(work, "merge", bin, "-o", "org.aims.json");
        Assert.True(merge.ExitCode == 0, merge.ToString());
        Assert.Contains("\"name\": \"SupportDesk\"", File.ReadAllText(Path.Combine(work, "org.aims.json")), StringComparison.Ordinal);

        var diff = tool.Run(work, "diff", Path.Combine(bin, "SupportDesk.aims.json"), "org.aims.json");
        Assert.True(diff.ExitCode == 0, diff.ToString());

        var bom = tool.Run(work, "bom", bin, "-o", "bom.cdx.json");
        Assert.True(bom.ExitCode == 0, bom.ToString());
        using (var cyclonedx = JsonDocument.Parse(File.ReadAllText(Path.Combine(work, "bom.cdx.json"))))
        {
            Assert.Equal("1.6", cyclonedx.RootElement.GetProperty("specVersion").GetString());
            Assert.Contains(cyclonedx.RootElement.GetProperty("components").EnumerateArray(), c => c.GetProperty("type").GetString() == "machine-learning-model");
        }

        var spdx = tool.Run(work, "bom", bin, "--format", "spdx3");
        Assert.True(spdx.ExitCode == 0, spdx.ToString());
        Assert.Contains("\"type\": \"ai_AIPackage\"", spdx.Output, StringComparison.Ordinal);

        var missing = tool.Run(work, "report", Path.Combine(bin, "Nope.aims.json"));
        Assert.Equal(2, missing.ExitCode);
        Assert.Equal($"aims: error: {Path.Combine(bin, "Nope.aims.json")}: file not found\n", missing.Error);
    }

    [Fact]
    public async Task A_build_writes_SARIF_with_the_AIMS001_result_and_its_help_link()
    {
        var sample = await BuildSampleAsync("SarifDesk", "-p:ErrorLog=aims.sarif%2Cversion=2.1");

        using var sarif = JsonDocument.Parse(File.ReadAllText(Path.Combine(sample.Directory, "aims.sarif")));
        var run = Assert.Single(sarif.RootElement.GetProperty("runs").EnumerateArray().ToList());
        Assert.Equal("2.1.0", sarif.RootElement.GetProperty("version").GetString());
        var rule = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().Single(r => r.GetProperty("id").GetString() == "AIMS001");
        Assert.Equal(HelpUri, rule.GetProperty("helpUri").GetString());
        var result = run.GetProperty("results").EnumerateArray().Single(r => r.GetProperty("ruleId").GetString() == "AIMS001");
        var location = result.GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.EndsWith("TicketRouter.cs", location.GetProperty("artifactLocation").GetProperty("uri").GetString(), StringComparison.Ordinal);
        Assert.Equal(13, location.GetProperty("region").GetProperty("startLine").GetInt32());
    }

    private async Task<ConsumerProject> BuildSampleAsync(string name, params string[] buildArguments)
    {
        var project = new ConsumerProject(package, name);
        project.WriteProjectFile(
            "<OutputType>Exe</OutputType><AssemblyName>SupportDesk</AssemblyName>",
            "OpenAI", "Microsoft.Extensions.AI.Abstractions", "Microsoft.Extensions.DependencyInjection", "Aims.Analyzers");
        project.CopySources("samples/SupportDesk");
        var build = await project.BuildAsync(buildArguments);
        Assert.True(build.ExitCode == 0, build.Output);
        return project;
    }

    /// <summary>Each AI call of a manifest as "system|path:line|calling member|called member", sorted.</summary>
    private static List<string> Calls(string manifestPath)
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(manifestPath));
        var root = manifest.RootElement;
        return root.GetProperty("systems").EnumerateArray()
            .SelectMany(system => system.GetProperty("callSites").EnumerateArray().Select(call => (System: system.GetProperty("id").GetString(), Call: call)))
            .Concat(root.GetProperty("undeclaredUsages").EnumerateArray().Select(call => (System: (string?)"-", Call: call)))
            .Select(c => $"{c.System}|{c.Call.GetProperty("path").GetString()}:{c.Call.GetProperty("line")}|{c.Call.GetProperty("callingMember").GetString()}|{c.Call.GetProperty("calledMember").GetString()}")
            .Order(StringComparer.Ordinal)
            .ToList();
    }
}
