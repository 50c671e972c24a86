using Aims.Manifest;
using Xunit;

namespace Aims.Analyzers.EndToEndTests;

/// <summary>
/// A project whose only AI is inside a library it references: the build scans the library, lists it in the manifest's
/// dependencies with what it calls, warns (AIMSB004) until a system names it a supplier, and keeps its scan in obj/.
/// </summary>
public sealed class DependencyEndToEndTests(PackageFixture package) : IClassFixture<PackageFixture>
{
    [Fact]
    public async Task A_project_whose_only_AI_is_inside_a_referenced_library_has_a_manifest_that_says_so()
    {
        var library = new ConsumerProject(package, "Contoso.Pdf");
        library.WriteProjectFile("<AimsManifestEnabled>false</AimsManifestEnabled>", "Microsoft.Extensions.AI.Abstractions");
        library.Write("Summaries.cs", """
            using Microsoft.Extensions.AI;
            namespace Contoso.Pdf;
            public sealed class Summaries(IChatClient chat)
            {
                public async Task<string> SummariseAsync(string text) => (await chat.GetResponseAsync(text)).Text;
            }
            """);
        var libraryBuild = await library.BuildAsync("-c", "Release");
        Assert.True(libraryBuild.ExitCode == 0, libraryBuild.Output);
        var dll = Path.Combine(library.Directory, "bin", "Release", "net10.0", "Contoso.Pdf.dll");

        var app = new ConsumerProject(package, "Invoices");
        app.WriteProjectFile("", "Aims.Analyzers", "Microsoft.Extensions.AI.Abstractions");
        app.Write("Invoices.csproj", File.ReadAllText(Path.Combine(app.Directory, "Invoices.csproj")).Replace(
            "</Project>", $"""<ItemGroup><Reference Include="Contoso.Pdf"><HintPath>{dll}</HintPath></Reference></ItemGroup></Project>""", StringComparison.Ordinal));
        app.Write("Invoice.cs", "namespace Invoices; public sealed class Invoice { public string Summarise(Contoso.Pdf.Summaries s) => s.ToString()!; }");

        var build = await app.BuildAsync();

        Assert.True(build.ExitCode == 0, build.Output);
        Assert.Contains("warning AIMSB004: 'Contoso.Pdf.dll' calls AI (IChatClient.GetResponseAsync)", build.Output, StringComparison.Ordinal);
        var manifest = ManifestReader.Read(File.ReadAllText(Path.Combine(app.Directory, "bin", "Debug", "net10.0", "Invoices.aims.json")));
        var dependency = Assert.Single(manifest.Dependencies!, d => !d.IsAiSdk);
        Assert.Equal(("Contoso.Pdf.dll", "file", "Summaries.SummariseAsync", "IChatClient.GetResponseAsync"),
            (dependency.Name, dependency.Origin, dependency.Calls.Single().CallingMember, dependency.Calls.Single().CalledMember));
        Assert.Empty(manifest.UndeclaredUsages!);
        Assert.True(File.Exists(Path.Combine(app.Directory, "obj", "Debug", "net10.0", "Invoices.aims-dependencies.json")));
    }
}
