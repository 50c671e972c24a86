using System.Runtime.InteropServices;

namespace Aims.Cli.Tests.Harness;

/// <summary>
/// Runs a process as a user whom file permissions bind: root reads every folder whatever its mode, so under root (a
/// CI container) the process runs as nobody instead of the test being skipped.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public static class UnprivilegedUser
{
    private const string Nobody = "65534";

    /// <summary>The mode a folder needs for nobody to reach the files inside it.</summary>
    public const UnixFileMode CanEnter =
        UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute |
        UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute;

    public static (int ExitCode, string Output) Run(string program, IReadOnlyList<string> arguments) =>
        GetEffectiveUserId() == 0
            ? Processes.Run("setpriv", ["--reuid=" + Nobody, "--regid=" + Nobody, "--clear-groups", program, .. arguments])
            : Processes.Run(program, arguments);

    [DllImport("libc", EntryPoint = "geteuid")]
    private static extern uint GetEffectiveUserId();
}
