namespace Aims.Cli.Inputs;

/// <summary>Where a manifest is read from: a <c>*.aims.json</c> file, the metadata of an assembly, or a file to look into.</summary>
internal enum ManifestCarrier
{
    JsonFile,
    Assembly,

    /// <summary>A file named neither .json nor .dll or .exe (a pipe such as /dev/stdin): an assembly if it starts as one, else JSON.</summary>
    Unknown,
}
