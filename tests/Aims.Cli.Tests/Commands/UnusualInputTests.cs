using System.Text;
using Aims.Cli.Tests.Harness;
using Xunit;

namespace Aims.Cli.Tests.Commands;

/// <summary>Inputs that are valid but unusual: a byte order mark, a pipe instead of a file, a file too large to be a manifest.</summary>
public sealed class UnusualInputTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public void A_manifest_that_starts_with_a_UTF8_byte_order_mark_is_read()
    {
        var path = _folder.Combine("SupportDesk.aims.json");
        File.WriteAllText(path, File.ReadAllText(Fixtures.PathOf(Fixtures.SupportDesk)), new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));

        var result = AimsTool.Run("report", path, "--format", "md");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(AimsTool.Run("report", Fixtures.PathOf(Fixtures.SupportDesk), "--format", "md").StandardOutput, result.StandardOutput);
    }

    [Fact]
    public void A_manifest_read_from_a_pipe_such_as_standard_input_is_read()
    {
        var pipe = Pipe("stdin", File.ReadAllBytes(Fixtures.PathOf(Fixtures.SupportDesk)), out var writer);

        var result = AimsTool.Run("report", pipe, "--format", "md");

        Finish(pipe, writer);
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(AimsTool.Run("report", Fixtures.PathOf(Fixtures.SupportDesk), "--format", "md").StandardOutput, result.StandardOutput);
    }

    [Fact]
    public void An_assembly_read_from_a_pipe_is_read()
    {
        var assembly = TestAssemblies.WithAssemblyMetadata(_folder.Combine("built/SupportDesk.dll"), File.ReadAllText(Fixtures.PathOf(Fixtures.SupportDesk)));
        var pipe = Pipe("SupportDesk.dll", File.ReadAllBytes(assembly), out var writer);

        var result = AimsTool.Run("extract", pipe);

        Finish(pipe, writer);
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(File.ReadAllBytes(Fixtures.PathOf(Fixtures.SupportDesk)), result.StandardOutputBytes);
    }

    [Fact]
    public void A_file_larger_than_any_manifest_is_refused_without_reading_it()
    {
        var path = _folder.Combine("huge.aims.json");
        using (var file = File.Create(path))
        {
            // Sparse: no disk space, and nothing the tool may read into memory.
            file.SetLength(Array.MaxLength + 1L);
        }

        var result = AimsTool.Run("report", path, "--format", "md");

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Equal($"aims: error: {path}: is larger than 2 GB, more than a manifest can be\n", result.StandardError);
    }

    /// <summary>A named pipe at <paramref name="name"/> that a background task fills with <paramref name="content"/> once read.</summary>
    private string Pipe(string name, byte[] content, out Task writer)
    {
        var path = _folder.Combine(name);
        var (exitCode, output) = Processes.Run("mkfifo", [path]);
        Assert.True(exitCode == 0, output);
        writer = Task.Run(() => File.WriteAllBytes(path, content));
        return path;
    }

    /// <summary>Lets the writer finish even if the tool never opened the pipe, so that a failing test does not hang.</summary>
    private static void Finish(string pipe, Task writer)
    {
        if (!writer.Wait(TimeSpan.FromSeconds(1)))
        {
            using var drain = File.OpenRead(pipe);
            drain.CopyTo(Stream.Null);
            writer.Wait();
        }
    }

    public void Dispose() => _folder.Dispose();
}
