using System.Text.Json;
using Aims.Analyzers.Tests.Harness;
using Aims.Cli.Tests.Harness;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Emit;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace Aims.Cli.Tests.Commands;

/// <summary>
/// <c>aims scan</c>: the AI calls of built assemblies and packages, from their IL, as a manifest the other commands read.
/// Real packages are the truth: those that call models are found calling them, popular ones that do not give nothing.
/// </summary>
public sealed class ScanCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("Microsoft.Extensions.AI.OpenAI", "ChatClient.CompleteChatAsync")]
    [InlineData("Microsoft.SemanticKernel.Connectors.OpenAI", "ChatClient.CompleteChatAsync")]
    [InlineData("Microsoft.Agents.AI", "IChatClient.GetResponseAsync")]
    [InlineData("OllamaSharp", "IOllamaApiClient.ChatAsync")]
    public void A_package_that_calls_models_is_found_calling_them(string package, string calledMember)
    {
        using var manifest = Scan(DownloadedPackages.PathOf(package));

        Assert.Contains(calledMember, Calls(manifest.RootElement).Select(call => call.GetProperty("calledMember").GetString()));
        Assert.Equal("binary", manifest.RootElement.GetProperty("evidence").GetProperty("source").GetString());
        Assert.Equal(JsonValueKind.Null, manifest.RootElement.GetProperty("findings").ValueKind);
    }

    [Theory]
    [InlineData("Newtonsoft.Json")]
    [InlineData("Humanizer.Core")]
    [InlineData("Serilog")]
    public void A_popular_package_that_calls_no_model_gives_nothing(string package)
    {
        using var manifest = Scan(DownloadedPackages.PathOf(package));

        Assert.Empty(Calls(manifest.RootElement));
        Assert.Empty(manifest.RootElement.GetProperty("systems").EnumerateArray());
    }

    [Fact]
    public void The_sample_scanned_with_its_PDB_has_exactly_the_calls_of_its_build_at_the_same_lines()
    {
        var (dll, built) = Emit(FixtureProjects.SupportDesk, withPdb: true);
        using var build = JsonDocument.Parse(built);
        using var scanned = Scan(dll);

        Assert.Equal(Listed(build.RootElement), Listed(scanned.RootElement));
        Assert.Equal(3, Calls(scanned.RootElement).Count());
    }

    [Fact]
    public void An_embedded_PDB_gives_the_same_lines_and_a_folder_passes_over_files_that_are_not_assemblies()
    {
        var (dll, built) = Emit(FixtureProjects.SupportDesk, withPdb: true, embedded: true);
        var folder = Directory.CreateDirectory(_folder.Combine("publish")).FullName;
        File.Move(dll, Path.Combine(folder, "SupportDesk.dll"));
        File.WriteAllText(Path.Combine(folder, "libnative.dll"), "not a .NET assembly");
        using var build = JsonDocument.Parse(built);
        using var scanned = Scan(folder);

        Assert.Equal(Listed(build.RootElement), Listed(scanned.RootElement));
    }

    [Fact]
    public void Without_a_PDB_each_call_is_known_by_its_member_and_the_manifest_says_so()
    {
        var (dll, _) = Emit(FixtureProjects.SupportDesk, withPdb: false);
        using var scanned = Scan(dll);

        Assert.All(Calls(scanned.RootElement), call => Assert.Equal(JsonValueKind.Null, call.GetProperty("path").ValueKind));
        Assert.Contains("TicketRouter.RouteAsync", Calls(scanned.RootElement).Select(call => call.GetProperty("callingMember").GetString()));
        Assert.Contains("it has no portable PDB", scanned.RootElement.GetProperty("evidence").GetProperty("missing").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Calls_in_generated_methods_are_under_the_member_written_and_covered_as_the_analyzers_cover_them()
    {
        var project = new FixtureProject("Shapes", [("Shapes.cs", """
            using System;
            using System.Collections.Generic;
            using System.Linq;
            using System.Threading.Tasks;
            using Aims;
            using Microsoft.Extensions.AI;

            namespace Shapes;

            public sealed class Everything(IChatClient chat)
            {
                public async Task<string> Awaited(string q) => (await chat.GetResponseAsync(q)).Text;
                public IEnumerable<Task<ChatResponse>> Iterated(string[] qs) { foreach (var q in qs) { yield return chat.GetResponseAsync(q); } }
                public Task<ChatResponse>[] Lambda(string[] qs) => qs.Select(q => chat.GetResponseAsync(q)).ToArray();
                public Task<ChatResponse> Local(string q) { return Ask(); Task<ChatResponse> Ask() => chat.GetResponseAsync(q); }
                public Task<ChatResponse> Property => chat.GetResponseAsync("p");
                public Func<Task<ChatResponse>> OwnSystem() => [AiSystem("lambda-system")] () => chat.GetResponseAsync("l");
            }

            [AiSystem("covered")]
            public sealed class Covered(IChatClient chat)
            {
                public async Task<string> AskAsync(string q) => (await chat.GetResponseAsync(q)).Text;
            }

            public sealed class Gateway(IChatClient chat)
            {
                [AiModelCall] public Task<ChatResponse> AskAsync(string q) => chat.GetResponseAsync(q);
                public Task<ChatResponse> Use() => AskAsync("m");
                public Task<ChatResponse> AskAsync(string q, int retries) => chat.GetResponseAsync(q + retries);
            }

            public sealed class Accessors
            {
                public Accessors(IChatClient chat) { Made = () => chat.GetResponseAsync("ctor"); }
                public Func<Task<ChatResponse>> Made { get; }
                public Func<IChatClient, Task<ChatResponse>> Getter => c => c.GetResponseAsync("get");
                [AiSystem("overload-system")] public Task<ChatResponse> Ask(IChatClient c, int n) => c.GetResponseAsync("n");
                public Task<ChatResponse> Ask(IChatClient c) => c.GetResponseAsync("plain");
            }

            public sealed class Wrapper(IChatClient inner) : DelegatingChatClient(inner)
            {
            }

            public static class Through
            {
                public static Task<ChatResponse> Own(MyClient client) => client.GetResponseAsync(new List<ChatMessage>());
            }

            public abstract class MyClient : IChatClient
            {
                public abstract Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, System.Threading.CancellationToken cancellationToken = default);
                public abstract IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, System.Threading.CancellationToken cancellationToken = default);
                public abstract object? GetService(Type serviceType, object? serviceKey = null);
                public abstract void Dispose();
            }
            """)]);
        var (dll, built) = Emit(project, withPdb: true);
        using var build = JsonDocument.Parse(built);
        using var scanned = Scan(dll);

        Assert.Equal(Listed(build.RootElement), Listed(scanned.RootElement));
        Assert.Contains("lambda-system|Shapes.cs:17|Everything.OwnSystem|IChatClient.GetResponseAsync", Listed(scanned.RootElement));
        Assert.Contains("-|Shapes.cs:29|Gateway.Use|Gateway.AskAsync", Listed(scanned.RootElement));
    }

    [Fact]
    public void A_reference_assembly_is_refused_and_a_file_outside_the_project_is_named_by_its_file_name_only()
    {
        var reference = _folder.Combine("Ref.dll");
        using (var image = File.Create(reference))
        {
            Assert.True(GeneratorRun.Compile([("Lib.cs", "public sealed class Lib { public int Size => 1; }")], "Ref")
                .Emit(image, options: new EmitOptions(metadataOnly: true, includePrivateMembers: false)).Success);
        }

        var refused = AimsTool.Run("scan", reference);
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("is a reference assembly, which has no method bodies", refused.StandardError, StringComparison.Ordinal);

        // A linked file far from the project would make "/" the folder the sources share: every file goes by its name.
        var linked = new FixtureProject("Linked", [("Router.cs", "using Microsoft.Extensions.AI; public sealed class Router(IChatClient c) { public object Ask() => c.GetResponseAsync(\"x\"); }")]);
        var (dll, _) = Emit(linked, withPdb: true, extraFile: ("/elsewhere/shared/Linked.cs", "using Microsoft.Extensions.AI; public static class Linked { public static object Ask(IChatClient c) => c.GetResponseAsync(\"y\"); }"));
        using var scanned = Scan(dll);
        Assert.Equal(["Linked.cs", "Router.cs"], Calls(scanned.RootElement).Select(call => call.GetProperty("path").GetString()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_method_body_that_is_not_valid_IL_is_passed_over_and_the_manifest_says_so()
    {
        var dll = _folder.Combine("Corrupt.dll");
        using (var image = File.Create(dll))
        {
            Assert.True(GeneratorRun.Compile([("Switch.cs", """
                public static class Switch
                {
                    public static int Pick(int x) { switch (x) { case 0: return 10; case 1: return 20; case 2: return 35; case 3: return 47; default: return 0; } }
                }
                """)], "Corrupt").Emit(image).Success);
        }

        // A switch of four targets whose count becomes -2: the reader must not walk backwards.
        var bytes = File.ReadAllBytes(dll);
        var at = bytes.AsSpan().IndexOf(new byte[] { 0x45, 0x04, 0x00, 0x00, 0x00 });
        Assert.True(at >= 0);
        new byte[] { 0xFE, 0xFF, 0xFF, 0xFF }.CopyTo(bytes, at + 1);
        File.WriteAllBytes(dll, bytes);

        using var scanned = Scan(dll);

        Assert.Contains("1 method body is not valid IL and was passed over", scanned.RootElement.GetProperty("evidence").GetProperty("missing").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void An_assembly_built_without_Aims_has_the_systems_its_attributes_declare_known_by_id()
    {
        var dll = _folder.Combine("Plain.dll");
        using (var image = File.Create(dll))
        {
            // Compiled without the generator: no embedded declarations, only the attributes in metadata.
            Assert.True(GeneratorRun.Compile([("Claims.cs", """
                using Aims;
                using Microsoft.Extensions.AI;
                [AiSystem("claims", Owner = "Claims")]
                public sealed class Claims(IChatClient chat) { public object Ask() => chat.GetResponseAsync("x"); }
                """)], "Plain").Emit(image).Success);
        }

        using var scanned = Scan(dll);

        var system = Assert.Single(scanned.RootElement.GetProperty("systems").EnumerateArray());
        Assert.Equal(("claims", "Plain", 1), (system.GetProperty("id").GetString(), system.GetProperty("declaredIn").GetString(), system.GetProperty("callSites").GetArrayLength()));
        Assert.Contains("its systems are known by the ids of their [AiSystem] attributes only", scanned.RootElement.GetProperty("evidence").GetProperty("missing").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void An_AI_SDK_scanned_on_its_own_shows_its_calls_to_other_types_not_its_workings()
    {
        using var manifest = Scan(DownloadedPackages.PathOf("OpenAI"));

        Assert.DoesNotContain(Calls(manifest.RootElement), call =>
            call.GetProperty("callingMember").GetString()!.Split('.')[0] == call.GetProperty("calledMember").GetString()!.Split('.')[0]);
    }

    [Fact]
    public void A_scanned_manifest_is_read_by_report_bom_diff_and_merge()
    {
        var (dll, _) = Emit(FixtureProjects.SupportDesk, withPdb: true);
        var manifest = _folder.Combine("scanned.aims.json");
        Assert.Equal(0, AimsTool.Run("scan", dll, "-o", manifest).ExitCode);

        var markdown = AimsTool.Run("report", manifest, "--format", "md");
        Assert.True(markdown.ExitCode == 0, markdown.ToString());
        Assert.Contains("The findings are not known: read from the built assembly", markdown.StandardOutput, StringComparison.Ordinal);
        Assert.True(AimsTool.Run("bom", manifest, "-o", _folder.Combine("bom.cdx.json")).ExitCode == 0);
        Assert.True(AimsTool.Run("diff", Fixtures.PathOf(Fixtures.SupportDesk), manifest).ExitCode is 0 or 1);
        var merge = AimsTool.Run("merge", manifest, Fixtures.PathOf(Fixtures.SupportCore), "-o", _folder.Combine("org.aims.json"));
        Assert.True(merge.ExitCode == 0, merge.ToString());
        using var merged = JsonDocument.Parse(File.ReadAllText(_folder.Combine("org.aims.json")));
        Assert.Equal("binary", merged.RootElement.GetProperty("evidence").GetProperty("source").GetString());
        Assert.Equal(JsonValueKind.Null, merged.RootElement.GetProperty("findings").ValueKind);
    }

    [Theory]
    [InlineData("text", "is not a .NET assembly")]
    [InlineData("missing", "file or folder not found")]
    [InlineData("empty-folder", "holds no .NET assembly")]
    [InlineData("broken-package", "is not a NuGet package")]
    public void Bad_input_is_one_line_and_exit_2(string kind, string problem)
    {
        var path = kind switch
        {
            "text" => Write("notes.dll", "not an assembly"),
            "missing" => _folder.Combine("absent.dll"),
            "empty-folder" => Directory.CreateDirectory(_folder.Combine("empty")).FullName,
            _ => Write("broken.nupkg", "PK not a zip"),
        };

        var result = AimsTool.Run("scan", path);

        Assert.Equal(2, result.ExitCode);
        Assert.Single(result.StandardError.TrimEnd().Split('\n'));
        Assert.Contains(problem, result.StandardError, StringComparison.Ordinal);
    }

    private string Write(string name, string text)
    {
        File.WriteAllText(_folder.Combine(name), text);
        return _folder.Combine(name);
    }

    /// <summary>Emits the project as its build would (with its generated declarations), and returns the assembly and the build's manifest.</summary>
    private (string Dll, string Manifest) Emit(FixtureProject project, bool withPdb, bool embedded = false, (string Path, string Source)? extraFile = null)
    {
        var compilation = GeneratorRun.Compile(project.Sources, project.Name, TestReferences.Default.AddRange(project.References ?? []));
        if (extraFile is { } extra)
        {
            compilation = compilation.AddSyntaxTrees(Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText(extra.Source, (Microsoft.CodeAnalysis.CSharp.CSharpParseOptions)compilation.SyntaxTrees.First().Options, extra.Path));
        }

        if (project.IsExecutable)
        {
            compilation = compilation.WithOptions(compilation.Options.WithOutputKind(OutputKind.ConsoleApplication));
        }

        // A PDB records each file's checksum, for which the compiler needs the text's encoding.
        foreach (var tree in compilation.SyntaxTrees)
        {
            compilation = compilation.ReplaceSyntaxTree(tree, tree.WithChangedText(SourceText.From(tree.GetText().ToString(), System.Text.Encoding.UTF8)));
        }

        var build = BuildRun.Run(compilation);
        var dll = _folder.Combine(project.Name + (embedded ? "-embedded" : withPdb ? "" : "-nopdb") + ".dll");
        using (var image = File.Create(dll))
        using (var pdb = withPdb && !embedded ? File.Create(Path.ChangeExtension(dll, ".pdb")) : null)
        {
            // Without a PDB the image still names one, which is not there.
            var options = embedded
                ? new EmitOptions(debugInformationFormat: DebugInformationFormat.Embedded)
                : new EmitOptions(debugInformationFormat: DebugInformationFormat.PortablePdb, pdbFilePath: withPdb ? Path.GetFileName(Path.ChangeExtension(dll, ".pdb")) : "none.pdb");
            var result = build.Generator.Output.Emit(image, pdb, options: options);
            Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        }

        return (dll, build.ManifestJson);
    }

    private static JsonDocument Scan(string path)
    {
        var result = AimsTool.Run("scan", path);
        Assert.True(result.ExitCode == 0, result.ToString());
        return JsonDocument.Parse(result.StandardOutput);
    }

    private static IEnumerable<JsonElement> Calls(JsonElement manifest) =>
        manifest.GetProperty("systems").EnumerateArray().SelectMany(system => system.GetProperty("callSites").EnumerateArray())
            .Concat(manifest.GetProperty("undeclaredUsages").EnumerateArray());

    /// <summary>Each call as "system|path:line|calling member|called member", sorted.</summary>
    private static List<string> Listed(JsonElement manifest) =>
        manifest.GetProperty("systems").EnumerateArray()
            .SelectMany(system => system.GetProperty("callSites").EnumerateArray().Select(call => (Id: system.GetProperty("id").GetString(), Call: call)))
            .Concat(manifest.GetProperty("undeclaredUsages").EnumerateArray().Select(call => (Id: (string?)"-", Call: call)))
            .Select(c => $"{c.Id}|{c.Call.GetProperty("path").GetString()}:{c.Call.GetProperty("line")}|{c.Call.GetProperty("callingMember").GetString()}|{c.Call.GetProperty("calledMember").GetString()}")
            .Order(StringComparer.Ordinal)
            .ToList();
}
