namespace Aims.Cli.Tests.Harness;

/// <summary>
/// The two CycloneDX validators every BOM must pass: the official JSON schema (python3-jsonschema) and the official
/// CycloneDX JavaScript library, whose npm packages CI installs with <c>npm ci --prefix tests/Aims.Cli.Tests/Validators</c>.
/// </summary>
public static class BomValidators
{
    public static readonly string Folder = RepositoryRoot.Combine("tests/Aims.Cli.Tests/Validators");

    public static (int ExitCode, string Output) Schema(params string[] boms) =>
        Python.Run(System.IO.Path.Combine(Folder, "validate_cyclonedx.py"), [RepositoryRoot.Combine("tests/Aims.Cli.Tests/Schemas"), .. boms]);

    public static (int ExitCode, string Output) CycloneDxLibrary(params string[] boms)
    {
        if (!Directory.Exists(System.IO.Path.Combine(Folder, "node_modules", "@cyclonedx", "cyclonedx-library")))
        {
            throw new InvalidOperationException("The CycloneDX JavaScript library is not installed: run npm ci --prefix tests/Aims.Cli.Tests/Validators");
        }

        return Processes.Run("node", [System.IO.Path.Combine(Folder, "validate-cyclonedx.mjs"), .. boms], Folder);
    }
}
