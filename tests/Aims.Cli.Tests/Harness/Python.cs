namespace Aims.Cli.Tests.Harness;

/// <summary>Runs the repository's Python validators with a Python that has the jsonschema module (Debian's python3-jsonschema).</summary>
public static class Python
{
    private static readonly Lazy<string> Interpreter = new(Find);

    public static (int ExitCode, string Output) Run(string script, params string[] arguments) =>
        Processes.Run(Interpreter.Value, [script, .. arguments]);

    private static string Find()
    {
        foreach (var candidate in new[] { "/usr/bin/python3", "python3" })
        {
            try
            {
                if (Processes.Run(candidate, ["-c", "import jsonschema"]).ExitCode == 0)
                {
                    return candidate;
                }
            }
            catch (System.ComponentModel.Win32Exception)
            {
                // Not installed under this name: try the next one.
            }
        }

        throw new InvalidOperationException("No Python with the jsonschema module: install Debian's python3-jsonschema (apt-get install -y python3-jsonschema).");
    }
}
