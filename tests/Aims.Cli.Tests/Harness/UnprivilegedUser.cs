using System.Runtime.InteropServices;
using System.Text.Json;

namespace Aims.Cli.Tests.Harness;

/// <summary>
/// Runs the aims tool as a user whom file permissions bind: root reads every folder whatever its mode, so under root (a
/// CI container) the tool runs as nobody instead of the test being skipped. Nobody may not reach the test's own output
/// folder (a clone under a private temporary folder), so the tool runs from a copy beside the test's files.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public static class UnprivilegedUser
{
    private const string Nobody = "65534";

    /// <summary>The mode a folder needs for nobody to reach the files inside it.</summary>
    public const UnixFileMode CanEnter =
        UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute |
        UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute;

    /// <summary>Runs <c>aims</c> with the arguments from a copy of the tool in <paramref name="folder"/>, which nobody can enter.</summary>
    public static (int ExitCode, string Output) RunAims(TempFolder folder, params string[] arguments)
    {
        var tool = Directory.CreateDirectory(folder.Combine("tool")).FullName;
        foreach (var file in ToolFiles())
        {
            File.Copy(Path.Combine(AppContext.BaseDirectory, file), Path.Combine(tool, file));
        }

        string[] command = ["dotnet", Path.Combine(tool, "aims.dll"), .. arguments];
        var environment = new Dictionary<string, string> { ["DOTNET_CLI_HOME"] = Path.GetTempPath(), ["DOTNET_NOLOGO"] = "1" };
        return GetEffectiveUserId() == 0
            ? Processes.Run("setpriv", ["--reuid=" + Nobody, "--regid=" + Nobody, "--clear-groups", .. command], tool, environment)
            : Processes.Run(command[0], command[1..], tool, environment);
    }

    /// <summary>The tool's own files and the run-time assemblies its deps.json names.</summary>
    private static IEnumerable<string> ToolFiles()
    {
        using var deps = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "aims.deps.json")));
        var runtime = deps.RootElement.GetProperty("targets").EnumerateObject()
            .SelectMany(target => target.Value.EnumerateObject())
            .SelectMany(library => library.Value.TryGetProperty("runtime", out var assets) ? assets.EnumerateObject().Select(asset => Path.GetFileName(asset.Name)) : []);
        return new[] { "aims.deps.json", "aims.runtimeconfig.json" }.Concat(runtime).Distinct(StringComparer.Ordinal).ToList();
    }

    [DllImport("libc", EntryPoint = "geteuid")]
    private static extern uint GetEffectiveUserId();
}
