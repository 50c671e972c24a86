using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text;
using Aims.Cli.Inputs;

namespace Aims.Cli.Commands;

/// <summary>
/// The <c>aims</c> command line: parses with System.CommandLine (help, completion and usage errors come from it),
/// runs the command, and turns every failure into one line on standard error and exit code 2.
/// </summary>
internal static class AimsApp
{
    public static RootCommand CreateRootCommand(CliConsole console) => new("Reports, merges, compares and exports the AI inventory and ISO/IEC 42001 control-evidence manifests that Aims.Analyzers writes")
    {
        ReportCommand.Create(console),
        MergeCommand.Create(console),
        DiffCommand.Create(console),
        BomCommand.Create(console),
        ExtractCommand.Create(console),
        ScanCommand.Create(console),
    };

    public static int Run(string[] args, CliConsole console)
    {
        var parse = CreateRootCommand(console).Parse(args);
        if (parse.Errors.Count > 0)
        {
            console.Error.WriteLine($"aims: error: {string.Join("; ", parse.Errors.Select(e => OneLine(e.Message)))} (see aims --help)");
            return ExitCodes.InvalidInput;
        }

        using var standardOutput = new StreamWriter(console.StandardOutput, new UTF8Encoding(false), bufferSize: 4096, leaveOpen: true) { AutoFlush = true };
        try
        {
            return parse.Invoke(new InvocationConfiguration
            {
                Output = standardOutput,
                Error = console.Error,
                EnableDefaultExceptionHandler = false,
            });
        }
        catch (InputException e)
        {
            console.Error.WriteLine($"aims: error: {e.Message}");
            return ExitCodes.InvalidInput;
        }
        catch (Exception e)
        {
            // Not a stack trace: one line that says what failed, for a person or a pipeline log.
            console.Error.WriteLine($"aims: error: {e.GetType().Name}: {OneLine(e.Message)}");
            return ExitCodes.InvalidInput;
        }
    }

    private static string OneLine(string message) => string.Join(' ', message.Split(['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
