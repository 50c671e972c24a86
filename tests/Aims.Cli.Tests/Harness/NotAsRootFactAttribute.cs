using System.Runtime.InteropServices;
using Xunit;

namespace Aims.Cli.Tests.Harness;

/// <summary>A fact about file permissions: skipped when the tests run as root, who may read every file and folder.</summary>
public sealed class NotAsRootFactAttribute : FactAttribute
{
    public NotAsRootFactAttribute()
    {
        if (!OperatingSystem.IsWindows() && GetEffectiveUserId() == 0)
        {
            Skip = "root reads folders whatever their permissions";
        }
    }

    [DllImport("libc", EntryPoint = "geteuid")]
    private static extern uint GetEffectiveUserId();
}
