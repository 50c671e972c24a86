using System;
using Aims.Analyzers.Generator;

namespace Aims.Analyzers.Detection;

/// <summary>
/// Recognises the files this package's generator adds to a compilation. The compiler places each under a folder named
/// after the generator's type ("Aims.Analyzers.Generator.AimsManifestGenerator/AimsManifest.Metadata.g.cs"), whatever the
/// base directory and separator.
/// </summary>
internal static class GeneratedSourcePaths
{
    private static readonly string GeneratorFolder = typeof(AimsManifestGenerator).FullName!;

    public static bool IsOurs(string path)
    {
        var hintName = ManifestMetadataSource.HintName;
        var folderEnd = path.Length - hintName.Length - 1;
        var folderStart = folderEnd - GeneratorFolder.Length;
        return folderStart >= 0 &&
            path.EndsWith(hintName, StringComparison.Ordinal) &&
            path[folderEnd] is '/' or '\\' &&
            string.CompareOrdinal(path, folderStart, GeneratorFolder, 0, GeneratorFolder.Length) == 0 &&
            (folderStart == 0 || path[folderStart - 1] is '/' or '\\');
    }
}
