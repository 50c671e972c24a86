using System.Text;
using Aims.Cli.Tests.Harness;
using Xunit;

namespace Aims.Cli.Tests.Commands;

/// <summary>
/// Every command answers every kind of unusable input the same way: exit 2 and one line on standard error that names
/// the file and the problem, never a stack trace.
/// </summary>
public sealed class BrokenInputTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public static TheoryData<string, string> CommandsAndBrokenInputs()
    {
        var data = new TheoryData<string, string>();
        foreach (var command in new[] { "report", "report-md", "merge", "diff-old", "diff-new", "bom", "bom-spdx3" })
        {
            // A folder is an input of its own to these commands; only extract wants a file.
            foreach (var kind in BrokenKinds.Keys.Where(k => k != "folder"))
            {
                data.Add(command, kind);
            }
        }

        foreach (var kind in new[] { "missing", "png-renamed-dll", "assembly-without-manifest", "assembly-with-version-2-manifest", "assembly-with-truncated-manifest", "assembly-with-json-but-no-manifest", "folder" })
        {
            data.Add("extract", kind);
        }

        return data;
    }

    /// <summary>Each kind of broken input and a phrase its error must contain.</summary>
    private static readonly Dictionary<string, string> BrokenKinds = new()
    {
        ["missing"] = "file not found",
        ["truncated"] = "is not valid JSON (truncated or corrupt)",
        ["not-json"] = "is not valid JSON",
        ["empty"] = "is empty",
        ["json-not-a-manifest"] = "not an Aims manifest",
        ["version-2"] = "has schemaVersion \"2.0\"; this version reads schemaVersion 3.x manifests",
        ["version-4"] = "has schemaVersion \"4.0\"",
        ["wrong-shape"] = "systems must be an array",
        ["png-renamed-dll"] = "is not a .NET assembly",
        ["assembly-without-manifest"] = "without an embedded Aims manifest: it was built without Aims.Analyzers, or its compile held no AI",
        ["assembly-with-version-2-manifest"] = "has schemaVersion \"2.0\"",
        ["assembly-with-truncated-manifest"] = "is not valid JSON",
        ["assembly-with-json-but-no-manifest"] = "not an Aims manifest",
        ["empty-folder"] = "holds no *.aims.json",
        ["invalid-utf8"] = "is not valid UTF-8 text at line 25, column 19",
        ["unpaired-surrogate-bytes"] = "is not valid UTF-8 text at line 25, column 19",
        ["lone-surrogate-in-a-key"] = "summary.byRisk has a key that is not valid Unicode text",
        ["duplicate-system-id"] = "systems[1].id 'support-assistant' repeats systems[0].id",
        ["duplicate-control-id"] = "controls[4].id 'A.3.2' repeats controls[3].id",
        ["non-finite-number"] = "systems[0].evaluations[0].threshold must be a finite number",
        ["folder"] = "is a folder, not a file",
    };

    [Theory]
    [MemberData(nameof(CommandsAndBrokenInputs))]
    public void A_broken_input_gives_exit_2_and_one_line_naming_the_file(string command, string kind)
    {
        var broken = Create(kind);
        var good = Fixtures.PathOf(Fixtures.SupportDesk);
        var output = _folder.Combine("out");
        string[] args = command switch
        {
            "report" => ["report", broken, "-o", output],
            "report-md" => ["report", broken, "--format", "md"],
            "merge" => ["merge", good, broken, "-o", output],
            "diff-old" => ["diff", broken, good],
            "diff-new" => ["diff", good, broken],
            "bom" => ["bom", broken, "-o", output],
            "bom-spdx3" => ["bom", "--format", "spdx3", broken],
            _ => ["extract", broken],
        };

        var result = AimsTool.Run(args);

        Assert.True(result.ExitCode == 2, result.ToString());
        var line = Assert.Single(result.StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("aims: error: " + broken + ": ", line, StringComparison.Ordinal);
        Assert.Contains(BrokenKinds[kind], line, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", line.Replace("at line", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("report")]
    [InlineData("merge")]
    [InlineData("diff")]
    [InlineData("bom")]
    public void Every_command_but_extract_refuses_a_manifest_of_declarations_only(string command)
    {
        var copy = TestAssemblies.BuiltByTheGenerator(_folder.Combine("Billing.dll"), FixtureProjects.Billing);
        string[] args = command == "diff" ? ["diff", Fixtures.PathOf(Fixtures.Billing), copy] : [command, copy];

        var result = AimsTool.Run(args);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Equal(
            $"aims: error: {copy}: holds the declarations of 'Billing' only, not its AI calls, findings or controls (the assembly carries its declarations only; the AI calls, findings and controls are in the build's manifest file); give the Billing.aims.json that a build wrote next to the assembly",
            result.StandardError.Trim());
    }

    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    [Fact]
    public void A_folder_with_an_unreadable_subfolder_gives_exit_2_naming_the_subfolder()
    {
        _folder.CopyFixtures("inputs", Fixtures.SupportDesk);
        var locked = Directory.CreateDirectory(_folder.Combine("inputs/locked")).FullName;
        File.SetUnixFileMode(locked, UnixFileMode.None);
        File.SetUnixFileMode(_folder.Path, UnprivilegedUser.CanEnter);
        try
        {
            var (exitCode, output) = UnprivilegedUser.RunAims(_folder, "report", _folder.Combine("inputs"), "--format", "md");

            Assert.True(exitCode == 2, output);
            Assert.Equal($"aims: error: {locked}: cannot be read (access denied)", output.Trim());
        }
        finally
        {
            File.SetUnixFileMode(locked, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    [Fact]
    public void A_real_process_prints_no_stack_trace_for_a_png_named_like_an_assembly()
    {
        var png = Create("png-renamed-dll");
        var (exitCode, output) = Processes.Run("dotnet", [Path.Combine(AppContext.BaseDirectory, "aims.dll"), "extract", png]);
        Assert.Equal(2, exitCode);
        Assert.Equal($"aims: error: {png}: is not a .NET assembly (not a valid PE file)", output.Trim());
    }

    private string Create(string kind)
    {
        var sample = File.ReadAllText(Fixtures.PathOf(Fixtures.SupportDesk));
        var desk = Fixtures.Load(Fixtures.SupportDesk);
        string Write(string name, string text)
        {
            var path = _folder.Combine(name);
            File.WriteAllText(path, text, new UTF8Encoding(false));
            return path;
        }

        return kind switch
        {
            "missing" => _folder.Combine("nowhere.aims.json"),
            "truncated" => Write("truncated.aims.json", sample[..(sample.Length / 2)]),
            "not-json" => Write("notes.aims.json", "These are my notes, not JSON."),
            "empty" => Write("empty.aims.json", ""),
            "json-not-a-manifest" => Write("package.json", "{\"name\": \"left-pad\"}"),
            "version-2" => Write("old.aims.json", sample.Replace("\"schemaVersion\": \"3.2\"", "\"schemaVersion\": \"2.0\"", StringComparison.Ordinal)),
            "version-4" => Write("future.aims.json", sample.Replace("\"schemaVersion\": \"3.2\"", "\"schemaVersion\": \"4.0\"", StringComparison.Ordinal)),
            "wrong-shape" => Write("shape.aims.json", "{\"schemaVersion\": \"3.0\", \"generator\": {\"name\": \"x\", \"version\": \"1\"}, \"assembly\": {\"name\": \"X\", \"version\": \"1\"}, \"sourceRevision\": null, \"analysisMode\": \"Strict\", \"evidence\": {\"source\": \"build\", \"errorLog\": null, \"missing\": null, \"disabledRules\": []}, \"managementSystem\": null, \"systems\": \"none\"}"),
            "png-renamed-dll" => WriteBytes("Logo.dll", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]),
            "assembly-without-manifest" => TestAssemblies.Plain(_folder.Combine("Plain.dll")),
            "assembly-with-version-2-manifest" => TestAssemblies.WithAssemblyMetadata(_folder.Combine("Old.dll"), sample.Replace("\"schemaVersion\": \"3.2\"", "\"schemaVersion\": \"2.0\"", StringComparison.Ordinal)),
            "assembly-with-truncated-manifest" => TestAssemblies.WithAssemblyMetadata(_folder.Combine("Cut.dll"), sample[..100]),
            "assembly-with-json-but-no-manifest" => TestAssemblies.WithAssemblyMetadata(_folder.Combine("Odd.dll"), "[1, 2, 3]"),
            "empty-folder" => Directory.CreateDirectory(_folder.Combine("empty-folder")).FullName,
            "invalid-utf8" => WriteBytes("invalid.aims.json", Splice(sample, "\"purpose\": \"", [0xC3, 0x28])),
            "unpaired-surrogate-bytes" => WriteBytes("surrogate.aims.json", Splice(sample, "\"purpose\": \"", [0xED, 0xA0, 0x80])),
            "lone-surrogate-in-a-key" => Write("key.aims.json", sample.Replace("\"byRisk\": {", "\"byRisk\": {\n      \"\\ud800\": 0,", StringComparison.Ordinal)),
            "duplicate-system-id" => Fixtures.Write(desk with { Systems = [desk.Systems[0], desk.Systems[0]] }, _folder.Combine("twice.aims.json")),
            "duplicate-control-id" => Write("controls.aims.json", sample.Replace("\"id\": \"A.3.3\"", "\"id\": \"A.3.2\"", StringComparison.Ordinal)),
            "non-finite-number" => Write("huge.aims.json", File.ReadAllText(Fixtures.PathOf(Fixtures.Billing)).Replace("\"threshold\": 0.8", "\"threshold\": 1e400", StringComparison.Ordinal)),
            "folder" => Directory.CreateDirectory(_folder.Combine("bin")).FullName,
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
        };
    }

    /// <summary>The UTF-8 text with raw bytes inserted right after the first occurrence of <paramref name="after"/>.</summary>
    private static byte[] Splice(string text, string after, byte[] inserted)
    {
        var at = text.IndexOf(after, StringComparison.Ordinal) + after.Length;
        return [.. Encoding.UTF8.GetBytes(text[..at]), .. inserted, .. Encoding.UTF8.GetBytes(text[at..])];
    }

    private string WriteBytes(string name, byte[] bytes)
    {
        var path = _folder.Combine(name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public void Dispose() => _folder.Dispose();
}
