using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using Xunit;

namespace Aims.Analyzers.Tests.Documentation;

/// <summary>
/// The hosts the README promises are the hosts the shipped assemblies can load in: no component references a Roslyn
/// newer than the one the README names for it.
/// </summary>
public sealed class HostVersionTests
{
    public static TheoryData<string, string, string> Components => new()
    {
        { "Aims.Analyzers", "4.3", "the analyzers and the manifest generator need Roslyn 4.3 (the .NET 6.0.400 SDK, Visual Studio 17.3 or later)" },
        { "Aims.Analyzers.CodeFixes", "4.5", "the code fixes need Roslyn 4.5 (the .NET 7.0.200 SDK, Visual Studio 17.5 or later)" },
    };

    [Theory]
    [MemberData(nameof(Components))]
    public void Component_references_no_Roslyn_newer_than_the_readme_says(string assemblyName, string roslyn, string readmeClaim)
    {
        Assert.Contains(readmeClaim, File.ReadAllText(RepositoryFiles.PathOf("README.md")).ReplaceLineEndings(" ").Replace("  ", " ", StringComparison.Ordinal), StringComparison.Ordinal);

        var claimed = Version.Parse(roslyn + ".0.0");
        using var stream = File.OpenRead(Path.Combine(AppContext.BaseDirectory, assemblyName + ".dll"));
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();
        var roslynReferences = metadata.AssemblyReferences
            .Select(handle => metadata.GetAssemblyReference(handle))
            .Where(reference => metadata.GetString(reference.Name).StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal))
            .ToList();
        Assert.NotEmpty(roslynReferences);
        Assert.All(roslynReferences, reference =>
            Assert.True(reference.Version <= claimed, $"{assemblyName} references {metadata.GetString(reference.Name)} {reference.Version}, newer than Roslyn {roslyn}."));
    }
}
