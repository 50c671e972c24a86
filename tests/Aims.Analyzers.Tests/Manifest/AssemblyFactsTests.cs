using Aims.Analyzers.Generator;
using Aims.Analyzers.Tests.Harness;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace Aims.Analyzers.Tests.Manifest;

/// <summary>The version the manifest states, read from syntax where it can be, is the version the compiler gives the assembly.</summary>
public sealed class AssemblyFactsTests
{
    [Theory]
    [InlineData("")]
    [InlineData("[assembly: System.Reflection.AssemblyVersion(\"1.2.3.4\")]")]
    [InlineData("[assembly: System.Reflection.AssemblyVersion(\"1.2\")]")]
    [InlineData("[assembly: System.Reflection.AssemblyVersion(\"1.2.3\")]")]
    [InlineData("using System.Reflection; [assembly: AssemblyVersionAttribute(\"4.0.1.0\")]")]
    [InlineData("[assembly: System.Reflection.AssemblyVersion(V.Text)] static class V { public const string Text = \"7.1.0.0\"; }")]
    [InlineData("[assembly: System.Reflection.AssemblyVersion(\"2.\" + \"5\")]")]
    public void The_version_is_the_one_the_compiler_gives_the_assembly(string assemblyAttributes)
    {
        var compilation = CSharpCompilation.Create(
            "Versioned",
            [CSharpSyntaxTree.ParseText(assemblyAttributes + "\nclass C { }", path: "/p/AssemblyInfo.cs")],
            TestReferences.FrameworkOnly,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

        Assert.Equal(compilation.Assembly.Identity.Version.ToString(), AssemblyFacts.Read(compilation).Version);
    }

    [Fact]
    public void A_global_type_named_System_is_seen_as_shadowing_the_namespace()
    {
        var compilation = CSharpCompilation.Create("Shadowed", [CSharpSyntaxTree.ParseText("public class System { }")], TestReferences.FrameworkOnly);

        Assert.True(AssemblyFacts.Read(compilation).SystemIsShadowed);
    }
}
