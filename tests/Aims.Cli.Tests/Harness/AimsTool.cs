using System.Text;
using Aims.Cli.Commands;

namespace Aims.Cli.Tests.Harness;

/// <summary>Runs the aims command line in-process, as <c>aims args...</c> would, and captures what it writes.</summary>
public static class AimsTool
{
    public sealed record Result(int ExitCode, byte[] StandardOutputBytes, string StandardError)
    {
        public string StandardOutput => Encoding.UTF8.GetString(StandardOutputBytes);

        public override string ToString() => $"exit {ExitCode}\nstdout:\n{StandardOutput}\nstderr:\n{StandardError}";
    }

    public static Result Run(params string[] args) => Run(errorIsTerminal: false, args);

    public static Result Run(bool errorIsTerminal, params string[] args)
    {
        using var output = new MemoryStream();
        using var error = new StringWriter { NewLine = "\n" };
        var exitCode = AimsApp.Run(args, new CliConsole(output, error, errorIsTerminal));
        return new Result(exitCode, output.ToArray(), error.ToString());
    }
}
