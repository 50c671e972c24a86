using Aims.Manifest;
using Aims.Manifest.Model;

namespace Aims.Cli.Inputs;

/// <summary>The JSON of one manifest as the model, through the one manifest reader, with a one-line reason naming the file for anything else.</summary>
internal static class ManifestReader
{
    public static ManifestDocument Read(string file, byte[] json)
    {
        try
        {
            return Aims.Manifest.ManifestReader.Read(json);
        }
        catch (ManifestReadException e)
        {
            throw new InputException(file, e.Message);
        }
    }
}
