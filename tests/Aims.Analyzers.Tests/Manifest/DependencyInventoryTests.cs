using Aims.Analyzers.Tests.Harness;
using Aims.Build.Tasks;
using Aims.Manifest;
using Aims.Manifest.Model;
using Microsoft.Build.Utilities;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace Aims.Analyzers.Tests.Manifest;

/// <summary>
/// The dependencies in the build's manifest: the assemblies the project runs with, scanned for AI calls once per content,
/// listed with their package or project; AIMSB004 for a library that calls AI and supplies no declared system.
/// </summary>
public sealed class DependencyInventoryTests : IDisposable
{
    private const string PdfLibrary = """
        using System.Threading.Tasks;
        using Microsoft.Extensions.AI;
        namespace Contoso.Pdf;
        public sealed class Summaries(IChatClient chat)
        {
            public async Task<string> SummariseAsync(string text) => (await chat.GetResponseAsync(text)).Text;
        }
        """;

    private readonly string _folder = Directory.CreateTempSubdirectory("aims-deps-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void A_library_that_calls_AI_is_listed_with_its_package_and_calls_and_warned_about_until_it_supplies_a_system()
    {
        var library = Library("Contoso.Pdf", PdfLibrary);
        var (manifest, engine) = Run([Package(library, "Contoso.Pdf", "2.1.0")]);

        var dependency = Assert.Single(manifest!.Dependencies!);
        Assert.Equal(("Contoso.Pdf", "2.1.0", "package", "Contoso.Pdf", false), (dependency.Name, dependency.Version, dependency.Origin, dependency.AssemblyName, dependency.IsAiSdk));
        var call = Assert.Single(dependency.Calls);
        Assert.Equal(("Summaries.SummariseAsync", "IChatClient.GetResponseAsync", "Microsoft.Extensions.AI", "Chat", "model", 1), (call.CallingMember, call.CalledMember, call.Sdk, call.Kind, call.Category, call.Count));
        var warning = Assert.Single(engine.Warnings);
        Assert.StartsWith("AIMSB004: 'Contoso.Pdf' 2.1.0 calls AI (IChatClient.GetResponseAsync) and no AI system of this project declares it a supplier", warning, StringComparison.Ordinal);
        Assert.EndsWith("(https://github.com/aims-analyzers/Aims.Analyzers/blob/main/docs/build-diagnostics.md#aimsb004)", warning, StringComparison.Ordinal);

        var supplying = new TaskItem("Contoso.Pdf");
        supplying.SetMetadata("AimsSupplierOf", "claims-triage");
        var (named, stillWarned) = Run([Package(library, "Contoso.Pdf", "2.1.0")], packageReferences: [supplying]);
        Assert.Equal(["claims-triage"], Assert.Single(named!.Dependencies!).SupplierOf);
        Assert.Contains("AimsSupplierOf names 'claims-triage', which this project does not declare", Assert.Single(stillWarned.Warnings), StringComparison.Ordinal);

        var (declared, quiet) = Run([Package(library, "Contoso.Pdf", "2.1.0")], packageReferences: [supplying], declaringSystem: "claims-triage");
        Assert.Equal(["claims-triage"], Assert.Single(declared!.Dependencies!).SupplierOf);
        Assert.DoesNotContain(quiet.Warnings, warning => warning.StartsWith("AIMSB004", StringComparison.Ordinal));
    }

    [Fact]
    public void Strict_makes_it_an_error_and_NoWarn_turns_it_off()
    {
        var library = Library("Contoso.Pdf", PdfLibrary);

        var (failed, strict) = Run([Package(library, "Contoso.Pdf", "2.1.0")], analysisMode: "Strict");
        var (_, off) = Run([Package(library, "Contoso.Pdf", "2.1.0")], analysisMode: "Strict", noWarn: "CS1591;AIMSB004");

        // No manifest on the error, so that the next build runs the task again and fails the same way.
        Assert.Null(failed);
        Assert.StartsWith("AIMSB004: ", Assert.Single(strict.Errors), StringComparison.Ordinal);
        Assert.Empty(off.Errors);
        Assert.Empty(off.Warnings);
    }

    [Fact]
    public void An_AI_SDK_is_listed_as_the_SDK_and_projects_native_libraries_and_libraries_without_AI_are_not_warned_about()
    {
        var openAi = TestReferences.Default.Select(r => r.Display!).Single(path => Path.GetFileName(path) == "OpenAI.dll");
        var project = new TaskItem(Library("Claims.Core", PdfLibrary.Replace("Contoso.Pdf", "Claims.Core", StringComparison.Ordinal)));
        project.SetMetadata("MSBuildSourceProjectFile", Path.Combine(_folder, "Claims.Core", "Claims.Core.csproj"));
        var native = Path.Combine(_folder, "libonnxruntime.dll");
        File.WriteAllText(native, "not a .NET assembly");

        var (manifest, engine) = Run([
            Package(openAi, "OpenAI", "2.15.0"),
            project,
            Package(native, "Microsoft.ML.OnnxRuntime", "1.32.0"),
            Package(Library("Contoso.Json", "namespace Contoso.Json { public static class Parser { public static int Parse(string s) => s.Length; } }"), "Contoso.Json", "1.0.0"),
        ]);

        Assert.Equal(
            ["Claims.Core|project|False|1", "OpenAI|package|True|0"],
            manifest!.Dependencies!.Select(d => $"{d.Name}|{d.Origin}|{d.IsAiSdk}|{d.Calls.Count}"));
        Assert.Empty(engine.Warnings);
    }

    [Fact]
    public void A_package_that_only_AI_SDKs_bring_is_part_of_the_AI_the_project_chose_and_not_warned_about()
    {
        var assets = Path.Combine(_folder, "obj", "project.assets.json");
        Directory.CreateDirectory(Path.GetDirectoryName(assets)!);
        File.WriteAllText(assets, """
            {
              "targets": {
                "net10.0": {
                  "Microsoft.SemanticKernel/1.82.0": { "dependencies": { "Microsoft.Extensions.VectorData.Abstractions": "10.10.0" } },
                  "Microsoft.Extensions.VectorData.Abstractions/10.10.0": { },
                  "Contoso.Pdf/2.1.0": { "dependencies": { "Contoso.Ocr": "1.0.0" } },
                  "Contoso.Ocr/1.0.0": { },
                  "Claims.Core/1.0.0": { "type": "project", "dependencies": { "Contoso.Vision": "3.0.0" } },
                  "Contoso.Vision/3.0.0": { }
                }
              },
              "project": { "frameworks": { "net10.0": { "dependencies": { "Microsoft.SemanticKernel": { }, "Contoso.Pdf": { } } } } }
            }
            """);
        var vectorData = Library("Microsoft.Extensions.VectorData.Abstractions", PdfLibrary);
        var ocr = Library("Contoso.Ocr", PdfLibrary.Replace("Contoso.Pdf", "Contoso.Ocr", StringComparison.Ordinal));
        var vision = Library("Contoso.Vision", PdfLibrary.Replace("Contoso.Pdf", "Contoso.Vision", StringComparison.Ordinal));

        var (manifest, engine) = Run(
            [Package(vectorData, "Microsoft.Extensions.VectorData.Abstractions", "10.10.0"), Package(ocr, "Contoso.Ocr", "1.0.0"), Package(vision, "Contoso.Vision", "3.0.0")],
            assetsFile: assets);

        // A package a referenced project brings is that project's choice, as one of its own package references is.
        Assert.Equal(
            ["Contoso.Ocr|False|True", "Contoso.Vision|False|True", "Microsoft.Extensions.VectorData.Abstractions|True|False"],
            manifest!.Dependencies!.Select(d => $"{d.Name}|{d.ViaAiSdk}|{d.SuppliesNoDeclaredSystem(new HashSet<string>())}"));
        Assert.Equal(2, engine.Warnings.Count);
    }

    [Fact]
    public void Each_assembly_is_scanned_once_per_content_and_a_changed_one_again()
    {
        var library = Library("Contoso.Pdf", PdfLibrary);
        Run([Package(library, "Contoso.Pdf", "2.1.0")]);
        var cache = Path.Combine(_folder, "obj", "App.aims-dependencies.json");
        var first = File.ReadAllText(cache);

        // A cached scan is taken as it is: one changed in the cache shows that the assembly was not scanned again.
        File.WriteAllText(cache, first.Replace("IChatClient.GetResponseAsync", "IChatClient.FromTheCache", StringComparison.Ordinal));
        var (cached, _) = Run([Package(library, "Contoso.Pdf", "2.1.0")]);
        Assert.Equal("IChatClient.FromTheCache", Assert.Single(Assert.Single(cached!.Dependencies!).Calls).CalledMember);

        var changed = Library("Contoso.Pdf", PdfLibrary.Replace("GetResponseAsync(text)", "GetResponseAsync(text + \"!\")", StringComparison.Ordinal));
        File.SetLastWriteTimeUtc(changed, DateTime.UtcNow.AddMinutes(1));
        var (rescanned, _) = Run([Package(changed, "Contoso.Pdf", "2.1.0")]);
        Assert.Equal("IChatClient.GetResponseAsync", Assert.Single(Assert.Single(rescanned!.Dependencies!).Calls).CalledMember);
    }

    private (ManifestDocument? Manifest, TestBuildEngine Engine) Run(
        Microsoft.Build.Framework.ITaskItem[] dependencies,
        Microsoft.Build.Framework.ITaskItem[]? packageReferences = null,
        string analysisMode = "Recommended",
        string noWarn = "",
        string assetsFile = "",
        string? declaringSystem = null)
    {
        // The project itself: one that declares a system is compiled with the generator, which embeds its declarations.
        var app = Path.Combine(_folder, declaringSystem is null ? "App.dll" : "Declaring.dll");
        if (!File.Exists(app))
        {
            var source = declaringSystem is null ? "namespace App { public sealed class Main { } }" : $"namespace App {{ [Aims.AiSystem(\"{declaringSystem}\")] public sealed class Main {{ }} }}";
            var compilation = declaringSystem is null
                ? CSharpCompilation.Create("App", [CSharpSyntaxTree.ParseText(source)], TestReferences.FrameworkOnly, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary))
                : GeneratorRun.Run(GeneratorRun.Compile([("Main.cs", source)], "App")).Output;
            Assert.True(compilation.Emit(app).Success);
        }

        var output = Path.Combine(_folder, "bin", "App.aims.json");
        if (File.Exists(output))
        {
            File.Delete(output);
        }
        var engine = new TestBuildEngine();
        var task = new WriteAimsManifest
        {
            BuildEngine = engine,
            AssemblyPath = app,
            ProjectDirectory = _folder,
            OutputPath = output,
            CompiledWithoutAims = declaringSystem is null,
            AnalysisMode = analysisMode,
            Dependencies = dependencies,
            PackageReferences = packageReferences ?? [],
            DependencyCache = Path.Combine("obj", "App.aims-dependencies.json"),
            NoWarn = noWarn,
            ProjectAssetsFile = assetsFile,
            TargetFramework = "net10.0",
        };

        var succeeded = task.Execute();
        Assert.Equal(engine.Errors.Count == 0, succeeded);
        return (File.Exists(output) ? ManifestReader.Read(File.ReadAllText(output)) : null, engine);
    }

    private static TaskItem Package(string path, string id, string version)
    {
        var item = new TaskItem(path);
        item.SetMetadata("NuGetPackageId", id);
        item.SetMetadata("NuGetPackageVersion", version);
        return item;
    }

    private string Library(string name, string source)
    {
        var folder = Directory.CreateDirectory(Path.Combine(_folder, "lib", name + "-" + Guid.NewGuid().ToString("N")[..8])).FullName;
        var path = Path.Combine(folder, name + ".dll");
        var result = CSharpCompilation.Create(name, [CSharpSyntaxTree.ParseText(source)], TestReferences.Default, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary)).Emit(path);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        return path;
    }
}
