using System;
using System.IO;
using Aims.Cli.Inputs;

namespace Aims.Cli.Commands;

/// <summary>Writes a command's result to the <c>-o</c> file (creating its folder), or to standard output for none or "-".</summary>
internal static class OutputTarget
{
    public const string StandardOutputName = "-";

    public static void Write(string? path, CliConsole console, Action<Stream> write)
    {
        if (path is null || path == StandardOutputName)
        {
            write(console.StandardOutput);
            console.StandardOutput.Flush();
            return;
        }

        try
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(path));
            if (folder is not null)
            {
                Directory.CreateDirectory(folder);
            }

            using var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None);
            write(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException(path, $"cannot be written ({e.Message.TrimEnd('.')})");
        }
    }
}
