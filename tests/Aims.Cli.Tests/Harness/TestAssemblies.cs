using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Aims.Cli.Tests.Harness;

/// <summary>Compiles small real assemblies that carry a manifest the way the generator embeds one.</summary>
public static class TestAssemblies
{
    /// <summary>An assembly with <c>[assembly: AssemblyMetadata("Aims.Manifest", json)]</c>, the normal carrier.</summary>
    public static string WithAssemblyMetadata(string path, string json, string assemblyName = "Carrier") => Emit(path, assemblyName, $$"""
        [assembly: System.Reflection.AssemblyMetadata("Owner", "someone")]
        [assembly: System.Reflection.AssemblyMetadata("Aims.Manifest", {{Literal(json)}})]
        public static class Marker { }
        """);

    /// <summary>An assembly with <c>[assembly: Aims.AimsManifest(json)]</c>, the carrier for projects whose own <c>System</c> type hides the namespace.</summary>
    public static string WithAimsManifestAttribute(string path, string json, string assemblyName = "Shadowed") => Emit(path, assemblyName, $$"""
        [assembly: Aims.AimsManifest({{Literal(json)}})]
        namespace Aims
        {
            [System.AttributeUsage(System.AttributeTargets.Assembly)]
            public sealed class AimsManifestAttribute : System.Attribute
            {
                public AimsManifestAttribute(string json) { Json = json; }
                public string Json { get; }
            }
        }
        """);

    /// <summary>The assembly of a fixture project as the real generator builds it: it embeds the declarations only.</summary>
    public static string BuiltByTheGenerator(string path, FixtureProject project)
    {
        var run = Aims.Analyzers.Tests.Harness.GeneratorRun.Run(
            Aims.Analyzers.Tests.Harness.GeneratorRun.Compile(project.Sources, project.Name, Aims.Analyzers.Tests.Harness.TestReferences.Default.AddRange(project.References ?? [])));
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        var result = run.Output.Emit(path);
        return result.Success ? path : throw new InvalidOperationException(string.Join("\n", result.Diagnostics));
    }

    /// <summary>An assembly with no manifest at all.</summary>
    public static string Plain(string path, string assemblyName = "Plain") =>
        Emit(path, assemblyName, "public static class Marker { }");

    private static string Literal(string text) => SymbolDisplay.FormatLiteral(text, quote: true);

    private static string Emit(string path, string assemblyName, string source)
    {
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(System.IO.Path.PathSeparator)
            .Where(p => System.IO.Path.GetFileName(p) is "System.Runtime.dll" or "System.Private.CoreLib.dll" or "netstandard.dll")
            .Select(p => MetadataReference.CreateFromFile(p));
        var compilation = CSharpCompilation.Create(
            assemblyName,
            [CSharpSyntaxTree.ParseText(source)],
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        var result = compilation.Emit(path);
        if (!result.Success)
        {
            throw new InvalidOperationException(string.Join("\n", result.Diagnostics));
        }

        return path;
    }
}
