namespace Aims.Cli.Commands;

/// <summary>The exit codes of every command (docs/cli.md).</summary>
internal static class ExitCodes
{
    /// <summary>The command did what was asked and found nothing to fail on.</summary>
    public const int Success = 0;

    /// <summary>A regression (<c>aims diff</c>) or a policy failure such as a system id declared twice (<c>aims merge</c>).</summary>
    public const int Failure = 1;

    /// <summary>Invalid input or usage: a missing, unreadable or wrong-version file, or a command line that does not parse.</summary>
    public const int InvalidInput = 2;
}
