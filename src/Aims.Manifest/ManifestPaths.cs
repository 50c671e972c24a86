using System;

namespace Aims.Manifest;

/// <summary>Paths as the manifest writes them: relative to the project with '/', never absolute.</summary>
internal static class ManifestPaths
{
    /// <summary>A path relative to the project; outside the project only the file name is kept.</summary>
    public static string Relative(string path, string? projectDirectory)
    {
        var normalized = path.Replace('\\', '/');
        var root = projectDirectory?.Replace('\\', '/');
        if (root is { Length: > 0 })
        {
            if (!root.EndsWith("/", StringComparison.Ordinal))
            {
                root += "/";
            }

            if (normalized.StartsWith(root, StringComparison.Ordinal))
            {
                return normalized.Substring(root.Length);
            }
        }

        var slash = normalized.LastIndexOf('/');
        return slash >= 0 ? normalized.Substring(slash + 1) : normalized;
    }
}
