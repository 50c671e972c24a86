namespace Aims.Cli.Inputs;

/// <summary>One manifest to read, named by the path the user can recognise (as given, or found under a folder given).</summary>
internal sealed record ManifestInput(string Path, ManifestCarrier Carrier);
