using Aims.Analyzers.Tests.Harness;
using Aims.Build.Tasks;
using Aims.Manifest;
using Aims.Manifest.Vocabulary;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace Aims.Analyzers.Tests.Manifest;

/// <summary>The manifest of a compile the screening ran without the package's analyzers and generator.</summary>
public sealed class WriteAimsManifestTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("aims-write-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void A_compile_without_AI_gets_a_manifest_that_says_its_inputs_hold_none()
    {
        var assembly = Compile("Shop", "[assembly: System.Reflection.AssemblyVersion(\"2.3.0.0\")]\nnamespace Shop { public sealed class Orders { } }");
        var output = Path.Combine(_folder, "bin", "Shop.aims.json");
        var engine = new TestBuildEngine();
        var task = new WriteAimsManifest
        {
            BuildEngine = engine,
            AssemblyPath = assembly,
            ProjectDirectory = _folder,
            OutputPath = output,
            CompiledWithoutAims = true,
            AnalysisMode = "Strict",
            SourceRevision = " 4f2a9c1 ",
        };

        Assert.True(task.Execute());

        var manifest = ManifestReader.Read(File.ReadAllText(output));
        Assert.Equal((EvidenceSource.Inputs, null, null, null), (manifest.Evidence.Source, manifest.Evidence.ErrorLog, manifest.Evidence.Missing, manifest.Evidence.DisabledRules));
        Assert.Equal(("Shop", "2.3.0.0"), (manifest.Assembly.Name, manifest.Assembly.Version));
        Assert.Equal(("Strict", "4f2a9c1"), (manifest.AnalysisMode, manifest.SourceRevision));
        Assert.Empty(manifest.Systems);
        Assert.Empty(manifest.UndeclaredUsages!);
        Assert.Empty(manifest.Findings!);
        Assert.Equal(AnnexAControls.All.Length, manifest.Controls!.Count);
        Assert.Empty(engine.Warnings);
    }

    private string Compile(string name, string source)
    {
        var path = Path.Combine(_folder, name + ".dll");
        var result = CSharpCompilation.Create(name, [CSharpSyntaxTree.ParseText(source)], TestReferences.FrameworkOnly, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary))
            .Emit(path);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        return path;
    }
}
