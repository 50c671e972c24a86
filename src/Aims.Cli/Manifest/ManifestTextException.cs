using System;

namespace Aims.Cli.Manifest;

/// <summary>A string of a manifest that is not valid UTF-8, at a JSON path such as <c>systems[0].purpose</c>.</summary>
internal sealed class ManifestTextException(string path) : Exception($"{path} has invalid UTF-8")
{
    public string Path { get; } = path;
}
