using System;
using Aims.Cli.Commands;

namespace Aims.Cli;

internal static class Program
{
    private static int Main(string[] args)
    {
        try
        {
            using var standardOutput = Console.OpenStandardOutput();
            return AimsApp.Run(args, new CliConsole(standardOutput, Console.Error, ErrorIsTerminal: !Console.IsErrorRedirected));
        }
        catch (Exception e)
        {
            // The last line of defence: even a failure outside a command is one line, never a stack trace.
            Console.Error.WriteLine($"aims: error: {e.GetType().Name}: {e.Message.ReplaceLineEndings(" ")}");
            return ExitCodes.InvalidInput;
        }
    }
}
