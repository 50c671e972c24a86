namespace Aims.Cli.Inputs;

/// <summary>Where a manifest is read from: a <c>*.aims.json</c> file or the metadata of an assembly.</summary>
internal enum ManifestCarrier
{
    JsonFile,
    Assembly,
}
