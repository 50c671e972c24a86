using System;

namespace Aims.Cli.Manifest;

/// <summary>A manifest whose JSON does not have the shape of schemaVersion 2: the message names the JSON path.</summary>
internal sealed class ManifestFormatException(string message) : Exception(message);
