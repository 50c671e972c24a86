using System;
using System.Diagnostics;

namespace Aims.Cli.Commands;

/// <summary>
/// A one-line "merging 120/1000 manifests" indicator on standard error, redrawn at most ten times a second and erased
/// at the end; drawn only when standard error is a terminal, so logs and redirected output stay clean.
/// </summary>
internal sealed class MergeProgress(CliConsole console) : IDisposable
{
    private readonly Stopwatch _sinceDrawn = Stopwatch.StartNew();
    private int _width;

    public void Report(int read, int total)
    {
        if (!console.ErrorIsTerminal || (read < total && _sinceDrawn.ElapsedMilliseconds < 100))
        {
            return;
        }

        var line = $"aims: reading manifests {read}/{total}";
        console.Error.Write("\r" + line.PadRight(_width));
        console.Error.Flush();
        _width = Math.Max(_width, line.Length);
        _sinceDrawn.Restart();
    }

    public void Dispose()
    {
        if (_width > 0)
        {
            console.Error.Write("\r" + new string(' ', _width) + "\r");
            console.Error.Flush();
        }
    }
}
