using System.CommandLine;
using System.Text;
using Aims.Cli.Inputs;

namespace Aims.Cli.Commands;

/// <summary>
/// <c>aims extract &lt;assembly&gt; [-o file]</c>: the manifest embedded in an assembly, byte for byte, and a note on
/// standard error that it holds the declarations only (no AI calls, findings or controls).
/// </summary>
internal static class ExtractCommand
{
    public static Command Create(CliConsole console)
    {
        var assembly = new Argument<string>("assembly") { Description = "The assembly (.dll or .exe) to read; it is not loaded or run" };
        var output = CommonArguments.Output("Where to write the manifest (default: standard output)");
        var command = new Command("extract", "Write the manifest embedded in an assembly (its AI system declarations), read from its metadata without loading it") { assembly, output };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(assembly)!;
            var json = EmbeddedCopy.Read(path)
                ?? throw new InputException(path, EmbeddedCopy.NoneCarried);
            var bytes = Encoding.UTF8.GetBytes(json);
            var manifest = ManifestReader.Read(path, bytes);
            OutputTarget.Write(parse.GetValue(output), console, stream => stream.Write(bytes));
            if (!manifest.HasBuildEvidence)
            {
                console.Error.WriteLine($"aims: note: {path} carries the declarations of '{manifest.Assembly.Name}' only: {manifest.Evidence.Missing}");
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
