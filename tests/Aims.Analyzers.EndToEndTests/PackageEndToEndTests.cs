using System.IO.Compression;
using System.Xml.Linq;
using Xunit;

namespace Aims.Analyzers.EndToEndTests;

/// <summary>The path users take: pack, reference by PackageReference, build, read the warnings and the bin folder.</summary>
public sealed class PackageEndToEndTests(PackageFixture package) : IClassFixture<PackageFixture>
{
    private const string UndeclaredSource = """
        using Microsoft.Extensions.AI;
        using OpenAI.Chat;

        namespace Consumer;

        public sealed class TicketClassifier(ChatClient chat, IChatClient client, Gateway gateway)
        {
            public async Task<string> ClassifyAsync(string ticket)
            {
                var completion = await chat.CompleteChatAsync("Classify: " + ticket);
                var second = await client.GetResponseAsync(ticket);
                var third = await gateway.AskAsync(ticket);
                return completion.Value.Content[0].Text + second.Text + third;
            }
        }
        """;

    private const string DeclaredSource = """
        using Aims;
        using Microsoft.Extensions.AI;

        namespace Consumer;

        [AiSystem("support-assistant", Name = "Support assistant", Purpose = "Drafts replies", Owner = "Support",
            Risk = AiRiskLevel.Limited)]
        [HumanOversight(OversightMode.HumanInTheLoop, Reviewer = "Support agent")]
        [DataSource("ticket-history", Usage = DataUsage.Grounding, ContainsPersonalData = true, LawfulBasis = "Contract")]
        [AiDisclosure(AiDisclosureKind.SyntheticContent, Mechanism = "AI draft label")]
        public sealed class ReplyDrafter(IChatClient client)
        {
            public async Task<string> DraftAsync(string ticket) => (await client.GetResponseAsync(ticket)).Text;
        }

        public sealed class Gateway
        {
            public Task<string> AskAsync(string prompt) => Task.FromResult(prompt);
        }
        """;

    [Fact]
    public void Package_has_the_attributes_as_compile_asset_the_analyzer_and_the_props()
    {
        using var archive = ZipFile.OpenRead(package.PackagePath);
        var entries = archive.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);
        Assert.Contains("lib/netstandard2.0/Aims.Annotations.dll", entries);
        Assert.Contains("lib/netstandard2.0/Aims.Annotations.xml", entries);
        Assert.Contains("analyzers/dotnet/cs/Aims.Analyzers.dll", entries);
        Assert.Contains("build/Aims.Analyzers.props", entries);
        Assert.Contains("buildTransitive/Aims.Analyzers.props", entries);
        Assert.Contains("build/Aims.Analyzers.targets", entries);
        Assert.Contains("buildTransitive/Aims.Analyzers.targets", entries);
        Assert.Contains("buildTransitive/config/Aims.Minimal.globalconfig", entries);
        Assert.Contains("buildTransitive/config/Aims.Recommended.globalconfig", entries);
        Assert.Contains("buildTransitive/config/Aims.Strict.globalconfig", entries);
        Assert.Contains("buildTransitive/config/Aims.Inventory.globalconfig", entries);
        Assert.Contains("tasks/netstandard2.0/Aims.Build.Tasks.dll", entries);
        // The manifest library beside both of its users, the analyzers and the task: nothing else ships beside them.
        Assert.Contains("analyzers/dotnet/cs/Aims.Manifest.dll", entries);
        Assert.Contains("tasks/netstandard2.0/Aims.Manifest.dll", entries);
        Assert.Equal(
            ["analyzers/dotnet/cs/Aims.Analyzers.CodeFixes.dll", "analyzers/dotnet/cs/Aims.Analyzers.dll", "analyzers/dotnet/cs/Aims.Manifest.dll", "tasks/netstandard2.0/Aims.Build.Tasks.dll", "tasks/netstandard2.0/Aims.Manifest.dll"],
            entries.Where(e => e.StartsWith("analyzers/", StringComparison.Ordinal) || e.StartsWith("tasks/", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
        Assert.DoesNotContain(entries, e => e.EndsWith("Microsoft.Build.Utilities.Core.dll", StringComparison.Ordinal) || e.EndsWith("System.Reflection.Metadata.dll", StringComparison.Ordinal));
        Assert.DoesNotContain(entries, e => e.StartsWith("lib/", StringComparison.Ordinal) && e.EndsWith("Aims.Analyzers.dll", StringComparison.Ordinal));

        using var nuspecStream = archive.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open();
        var metadata = XDocument.Load(nuspecStream).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        Assert.Equal("Aims.Analyzers", metadata.Elements().Single(e => e.Name.LocalName == "id").Value);
        Assert.DoesNotContain(metadata.Elements(), e => e.Name.LocalName == "developmentDependency" && e.Value == "true");
        Assert.DoesNotContain(metadata.Descendants(), e => e.Name.LocalName == "dependency");
    }

    [Fact]
    public async Task Build_reports_each_undeclared_call_and_the_severity_can_be_raised_to_error()
    {
        var project = new ConsumerProject(package, "Consumer");
        project.WriteProjectFile(
            "<OutputType>Exe</OutputType><AimsModelCallSymbols>T:Consumer.Gateway</AimsModelCallSymbols>",
            "OpenAI", "Microsoft.Extensions.AI.Abstractions", "Aims.Analyzers");
        project.Write("Undeclared.cs", UndeclaredSource);
        project.Write("Declared.cs", DeclaredSource);
        project.Write("Program.cs", "Console.WriteLine(typeof(Consumer.ReplyDrafter).Name);");

        var build = await project.BuildAsync();
        Assert.True(build.ExitCode == 0, build.Output);
        Assert.Equal(
            [
                new BuildDiagnostic("Undeclared.cs", 10, "warning", "AIMS001"),
                new BuildDiagnostic("Undeclared.cs", 11, "warning", "AIMS001"),
                new BuildDiagnostic("Undeclared.cs", 12, "warning", "AIMS001"),
            ],
            BuildDiagnostic.Parse(build.Output, "AIMS"));

        var output = Path.Combine(project.Directory, "bin", "Debug", "net10.0");
        Assert.True(File.Exists(Path.Combine(output, "Consumer.dll")));
        Assert.True(File.Exists(Path.Combine(output, "Aims.Annotations.dll")), "the attributes ship with the app");
        Assert.False(File.Exists(Path.Combine(output, "Aims.Analyzers.dll")), "the analyzer never reaches bin/");

        project.Write(".editorconfig", """
            root = true

            [*.cs]
            dotnet_diagnostic.AIMS001.severity = error
            """);
        var strict = await project.BuildAsync("--no-restore");
        Assert.NotEqual(0, strict.ExitCode);
        Assert.Equal(
            [
                new BuildDiagnostic("Undeclared.cs", 10, "error", "AIMS001"),
                new BuildDiagnostic("Undeclared.cs", 11, "error", "AIMS001"),
                new BuildDiagnostic("Undeclared.cs", 12, "error", "AIMS001"),
            ],
            BuildDiagnostic.Parse(strict.Output, "AIMS"));
    }

    [Fact]
    public async Task The_sample_passes_with_warnings_by_default_and_fails_in_Strict_mode()
    {
        var project = new ConsumerProject(package, "SupportDesk");
        project.WriteProjectFile(
            "<OutputType>Exe</OutputType>",
            "OpenAI", "Microsoft.Extensions.AI.Abstractions", "Microsoft.Extensions.DependencyInjection", "Aims.Analyzers");
        project.CopySources("samples/SupportDesk");

        var recommended = await project.BuildAsync();
        Assert.True(recommended.ExitCode == 0, recommended.Output);
        Assert.Equal([new BuildDiagnostic("TicketRouter.cs", 13, "warning", "AIMS001")], BuildDiagnostic.Parse(recommended.Output, "AIMS"));

        var strict = await project.BuildAsync("--no-restore", "-p:AimsAnalysisMode=Strict");
        Assert.NotEqual(0, strict.ExitCode);
        Assert.Equal([new BuildDiagnostic("TicketRouter.cs", 13, "error", "AIMS001")], BuildDiagnostic.Parse(strict.Output, "AIMS"));

        var typo = await project.BuildAsync("--no-restore", "-p:AimsAnalysisMode=Strictest");
        Assert.NotEqual(0, typo.ExitCode);
        Assert.Contains("AimsAnalysisMode 'Strictest' is not one of Minimal, Recommended or Strict.", typo.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Strict_mode_turns_every_governance_gap_into_an_error()
    {
        var project = new ConsumerProject(package, "Gaps");
        project.WriteProjectFile("<AimsAnalysisMode>Strict</AimsAnalysisMode>", "OpenAI", "Aims.Analyzers");
        project.Write("Gaps.cs", """
            using Aims;
            using OpenAI;

            namespace Gaps;

            [AiSystem("scoring", Risk = AiRiskLevel.High, ServesPeopleDirectly = false)]
            public sealed class Scoring(OpenAIClient client)
            {
                public object Score(string text) => client.GetChatClient("gpt-4o").CompleteChat(text);
            }
            """);

        var build = await project.BuildAsync();
        Assert.NotEqual(0, build.ExitCode);
        var errors = BuildDiagnostic.Parse(build.Output, "AIMS");
        Assert.All(errors, d => Assert.Equal("error", d.Severity));
        Assert.Equal(
            ["AIMS002", "AIMS003", "AIMS004", "AIMS005", "AIMS010", "AIMS013"],
            errors.Select(d => d.Id).Distinct().Order(StringComparer.Ordinal));
    }
}
