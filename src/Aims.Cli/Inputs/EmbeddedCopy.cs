using Aims.Manifest;

namespace Aims.Cli.Inputs;

/// <summary>The manifest embedded in an assembly file, through the one embedded-manifest reader, with the file named in any error.</summary>
internal static class EmbeddedCopy
{
    /// <summary>Why an assembly may carry none: the package was not used, or the build found nothing to declare.</summary>
    public const string NoneCarried =
        "is a .NET assembly without an embedded Aims manifest: it was built without Aims.Analyzers, or its compile held no AI and no declarations (the build's manifest file next to it says which)";

    /// <summary>The embedded JSON, or null when the assembly carries none.</summary>
    public static string? Read(string path)
    {
        using var stream = FileInputs.OpenRead(path);
        return stream.CanSeek ? Read(path, stream) : Read(path, FileInputs.ReadAll(stream, path));
    }

    /// <summary>The embedded JSON of an assembly already read into memory (from a pipe, say), or null.</summary>
    public static string? Read(string path, byte[] image)
    {
        try
        {
            return EmbeddedManifest.Read(image);
        }
        catch (ManifestReadException e)
        {
            throw new InputException(path, e.Message);
        }
    }

    private static string? Read(string path, System.IO.Stream stream)
    {
        try
        {
            return EmbeddedManifest.Read(stream);
        }
        catch (ManifestReadException e)
        {
            throw new InputException(path, e.Message);
        }
    }
}
