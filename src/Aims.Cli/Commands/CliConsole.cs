using System.IO;

namespace Aims.Cli.Commands;

/// <summary>
/// Where a command writes: standard output as bytes (JSON and HTML are written as UTF-8), standard error as text, and
/// whether standard error is a terminal (the merge progress line is drawn only there).
/// </summary>
internal sealed record CliConsole(Stream StandardOutput, TextWriter Error, bool ErrorIsTerminal);
