using Aims.Analyzers.Tests.Harness;
using Aims.Build.Tasks;
using Aims.Manifest;
using Aims.Manifest.Vocabulary;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace Aims.Analyzers.Tests.Manifest;

/// <summary>
/// The manifest of a compile the screening ran without the package's analyzers and generator, and the task's own
/// diagnostics (docs/build-diagnostics.md).
/// </summary>
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

    [Fact]
    public void Inputs_added_after_the_screening_leave_a_manifest_that_says_neither_calls_nor_declarations_are_known()
    {
        var assembly = Compile("Shop", "namespace Shop { public sealed class Orders { } }");
        var output = Path.Combine(_folder, "bin", "Shop.aims.json");
        var engine = new TestBuildEngine();
        var task = new WriteAimsManifest
        {
            BuildEngine = engine,
            AssemblyPath = assembly,
            ProjectDirectory = _folder,
            OutputPath = output,
            CompiledWithoutAims = true,
            LateInputsMayHoldAi = true,
        };

        Assert.True(task.Execute());

        var manifest = ManifestReader.Read(File.ReadAllText(output));
        Assert.Equal(EvidenceSource.Declarations, manifest.Evidence.Source);
        Assert.Contains("neither its AI calls nor its declarations are known", manifest.Evidence.Missing, StringComparison.Ordinal);
        Assert.Null(manifest.UndeclaredUsages);
        Assert.Null(manifest.Findings);
        var warning = Assert.Single(engine.Warnings);
        Assert.StartsWith("AIMSB003: The AI manifest of 'Shop' lists its declarations only: a build step added", warning, StringComparison.Ordinal);
        Assert.EndsWith("(https://github.com/aims-analyzers/Aims.Analyzers/blob/main/docs/build-diagnostics.md#aimsb003)", warning, StringComparison.Ordinal);
    }

    [Fact]
    public void An_assembly_that_is_no_assembly_is_one_error_with_its_page_and_no_manifest()
    {
        var assembly = Path.Combine(_folder, "Shop.dll");
        File.WriteAllText(assembly, "not a portable executable");
        var output = Path.Combine(_folder, "bin", "Shop.aims.json");
        var engine = new TestBuildEngine();
        var task = new WriteAimsManifest { BuildEngine = engine, AssemblyPath = assembly, ProjectDirectory = _folder, OutputPath = output };

        Assert.False(task.Execute());

        var error = Assert.Single(engine.Errors);
        Assert.StartsWith($"AIMSB001: Cannot read the AI manifest from '{assembly}'", error, StringComparison.Ordinal);
        Assert.EndsWith("docs/build-diagnostics.md#aimsb001)", error, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public void A_manifest_path_that_names_a_folder_is_one_error_with_its_page()
    {
        var assembly = Compile("Shop", "namespace Shop { public sealed class Orders { } }");
        var output = Directory.CreateDirectory(Path.Combine(_folder, "bin", "Shop.aims.json")).FullName;
        var engine = new TestBuildEngine();
        var task = new WriteAimsManifest { BuildEngine = engine, AssemblyPath = assembly, ProjectDirectory = _folder, OutputPath = output, CompiledWithoutAims = true };

        Assert.False(task.Execute());

        var error = Assert.Single(engine.Errors);
        Assert.StartsWith($"AIMSB002: Cannot write the AI manifest to '{output}'", error, StringComparison.Ordinal);
        Assert.EndsWith("docs/build-diagnostics.md#aimsb002)", error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_manifest_records_the_policy_that_applied_by_name_version_and_the_hash_of_its_bytes()
    {
        var assembly = Compile("Shop", "namespace Shop { public sealed class Orders { } }");
        var policy = Path.Combine(_folder, "ai-policy.json");
        File.WriteAllText(policy, "{ \"name\": \"Contoso AI policy\", \"version\": \"2026.1\", \"providers\": { \"forbidden\": [\"DeepSeek\"] } }\n");
        var output = Path.Combine(_folder, "bin", "Shop.aims.json");
        var task = new WriteAimsManifest { BuildEngine = new TestBuildEngine(), AssemblyPath = assembly, ProjectDirectory = _folder, OutputPath = output, CompiledWithoutAims = true, Policy = policy };

        Assert.True(task.Execute());

        var recorded = ManifestReader.Read(File.ReadAllText(output)).Policy;
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(policy)));
        Assert.Equal(new Aims.Manifest.Model.PolicyEntry("Contoso AI policy", "2026.1", hash, null), recorded);
    }

    [Fact]
    public void A_policy_that_cannot_be_applied_fails_a_compile_the_analyzers_did_not_see_with_one_error_at_the_file()
    {
        var assembly = Compile("Shop", "namespace Shop { public sealed class Orders { } }");
        var policy = Path.Combine(_folder, "ai-policy.json");
        File.WriteAllText(policy, "{ \"name\": \"P\", \"version\": \"1\", \"provider\": { } }");
        var output = Path.Combine(_folder, "bin", "Shop.aims.json");
        var engine = new TestBuildEngine();
        var task = new WriteAimsManifest { BuildEngine = engine, AssemblyPath = assembly, ProjectDirectory = _folder, OutputPath = output, CompiledWithoutAims = true, Policy = policy };

        Assert.False(task.Execute());

        var error = Assert.Single(engine.Errors);
        Assert.StartsWith("AIMSB005: The AI policy file 'ai-policy.json' cannot be applied: the document has 'provider', which the policy format does not know", error, StringComparison.Ordinal);
        Assert.EndsWith("docs/build-diagnostics.md#aimsb005)", error, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public void A_policy_file_that_does_not_exist_is_named_without_its_folder()
    {
        var assembly = Compile("Shop", "namespace Shop { public sealed class Orders { } }");
        var engine = new TestBuildEngine();
        var task = new WriteAimsManifest
        {
            BuildEngine = engine, AssemblyPath = assembly, ProjectDirectory = _folder, OutputPath = Path.Combine(_folder, "bin", "Shop.aims.json"),
            CompiledWithoutAims = true, Policy = Path.Combine(_folder, "policies", "ai-policy.json"),
        };

        Assert.False(task.Execute());

        var error = Assert.Single(engine.Errors);
        Assert.StartsWith("AIMSB005: The AI policy file 'ai-policy.json' cannot be applied: 'ai-policy.json' cannot be read: it does not exist (", error, StringComparison.Ordinal);
        Assert.DoesNotContain(_folder, error, StringComparison.Ordinal);
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
