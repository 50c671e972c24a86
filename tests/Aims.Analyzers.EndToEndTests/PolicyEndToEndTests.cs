using System.Security.Cryptography;
using System.Text.Json;
using Xunit;

namespace Aims.Analyzers.EndToEndTests;

/// <summary>
/// An AI policy file set once in Directory.Build.props (docs/policy.md) fails the sample's build at every place that
/// breaks it, records itself in the manifest when the build follows it, and stops the build when it cannot be read.
/// </summary>
public sealed class PolicyEndToEndTests(PackageFixture package) : IClassFixture<PackageFixture>
{
    [Fact]
    public async Task A_policy_that_forbids_a_provider_fails_the_sample_at_the_offending_calls_and_declaration()
    {
        var project = Sample("PolicySample");
        project.Write("ai-policy.json", """{ "name": "Contoso AI policy", "version": "2026.1", "providers": { "forbidden": ["OpenAI"] } }""");

        var forbidden = await project.BuildAsync();

        Assert.NotEqual(0, forbidden.ExitCode);
        Assert.Equal(
            [
                new BuildDiagnostic("OpenAIChatClient.cs", 15, "error", "AIMS028"),
                new BuildDiagnostic("ReplyDrafter.cs", 15, "error", "AIMS028"),
                new BuildDiagnostic("TicketRouter.cs", 13, "error", "AIMS028"),
            ],
            BuildDiagnostic.Parse(forbidden.Output, "AIMS028"));
        Assert.Contains("'TicketRouter.RouteAsync' calling 'ChatClient.CompleteChatAsync' uses provider 'OpenAI', but the AI policy 'Contoso AI policy' does not allow it: it forbids provider 'OpenAI'", forbidden.Output, StringComparison.Ordinal);
        Assert.False(File.Exists(ManifestPath(project)));

        project.Write("ai-policy.json", """{ "name": "Contoso AI policy", "version": "2026.2", "providers": { "allowed": ["OpenAI"] }, "models": { "requirePinned": true } }""");
        var followed = await project.BuildAsync("--no-restore");

        Assert.True(followed.ExitCode == 0, followed.Output);
        using var manifest = JsonDocument.Parse(File.ReadAllText(ManifestPath(project)));
        var policy = manifest.RootElement.GetProperty("policy");
        Assert.Equal(
            ("Contoso AI policy", "2026.2", Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Path.Combine(project.Directory, "ai-policy.json"))))),
            (policy.GetProperty("name").GetString(), policy.GetProperty("version").GetString(), policy.GetProperty("sha256").GetString()));
        Assert.Equal(JsonValueKind.Null, policy.GetProperty("problem").ValueKind);
    }

    [Fact]
    public async Task A_policy_with_a_misspelt_rule_is_one_error_at_the_file_and_never_allows_everything()
    {
        var project = Sample("MisspeltPolicy");
        project.Write("ai-policy.json", """{ "name": "Contoso AI policy", "version": "2026.1", "providers": { "forbiden": ["OpenAI"] } }""");

        var build = await project.BuildAsync();

        Assert.NotEqual(0, build.ExitCode);
        Assert.Contains("error AIMS027: The AI policy file 'ai-policy.json' cannot be applied: providers has 'forbiden', which the policy format does not know (known: allowed, forbidden)", build.Output, StringComparison.Ordinal);
        Assert.Empty(BuildDiagnostic.Parse(build.Output, "AIMS028"));
    }

    private ConsumerProject Sample(string name)
    {
        var project = new ConsumerProject(package, name);
        project.WriteProjectFile(
            "<OutputType>Exe</OutputType><AssemblyName>SupportDesk</AssemblyName><RootNamespace>SupportDesk</RootNamespace>",
            "OpenAI", "Microsoft.Extensions.AI.Abstractions", "Microsoft.Extensions.DependencyInjection", "Aims.Analyzers");
        project.CopySources("samples/SupportDesk");
        project.Write("Directory.Build.props", """
            <Project>
              <ItemGroup>
                <AimsPolicy Include="$(MSBuildThisFileDirectory)ai-policy.json" />
              </ItemGroup>
            </Project>
            """);
        return project;
    }

    private static string ManifestPath(ConsumerProject project) =>
        Path.Combine(project.Directory, "bin", "Debug", "net10.0", "SupportDesk.aims.json");
}
