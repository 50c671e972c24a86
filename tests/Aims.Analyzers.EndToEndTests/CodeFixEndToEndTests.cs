using Xunit;

namespace Aims.Analyzers.EndToEndTests;

/// <summary>The command-line fix workflow through the package: dotnet format applies the declaration fix.</summary>
public sealed class CodeFixEndToEndTests(PackageFixture package) : IClassFixture<PackageFixture>
{
    [Fact]
    public async Task Dotnet_format_declares_the_missing_systems_and_the_rebuild_has_no_AIMS001()
    {
        var project = new ConsumerProject(package, "Formatting");
        project.WriteProjectFile("", "Microsoft.Extensions.AI.Abstractions", "Aims.Analyzers");
        project.Write("Assistants.cs", """
            using Microsoft.Extensions.AI;

            namespace Formatting;

            public sealed class TicketRouter(IChatClient chat)
            {
                public Task<ChatResponse> RouteAsync(string ticket) => chat.GetResponseAsync(ticket);
                public Task<ChatResponse> TagAsync(string ticket) => chat.GetResponseAsync("Tag: " + ticket);
            }

            public sealed class Summariser(IChatClient chat)
            {
                public Task<ChatResponse> SummariseAsync(string text) => chat.GetResponseAsync(text);
            }
            """);

        var before = await project.BuildAsync();
        Assert.Equal(3, BuildDiagnostic.Parse(before.Output, "AIMS001").Count);

        var format = await DotNetCli.RunAsync(project.Directory, "format", "analyzers", "--diagnostics", "AIMS001", "--no-restore", "--verbosity", "diagnostic");
        Assert.True(format.ExitCode == 0, format.Output);

        var text = File.ReadAllText(Path.Combine(project.Directory, "Assistants.cs"));
        Assert.Contains("[AiSystem(\"ticket-router\", Name = \"<name>\", Purpose = \"<purpose>\", Owner = \"<owner>\", Risk = AiRiskLevel.Unassessed)]", text, StringComparison.Ordinal);
        Assert.Contains("[AiSystem(\"summariser\"", text, StringComparison.Ordinal);
        Assert.Contains("using Aims;", text, StringComparison.Ordinal);

        var after = await project.BuildAsync("--no-restore");
        Assert.True(after.ExitCode == 0, after.Output);
        var diagnostics = BuildDiagnostic.Parse(after.Output, "AIMS");
        Assert.DoesNotContain(diagnostics, d => d.Id == "AIMS001");
        Assert.Contains(diagnostics, d => d.Id == "AIMS017");
    }
}
