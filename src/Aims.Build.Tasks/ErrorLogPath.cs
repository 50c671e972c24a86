using System.IO;
using System.Text.RegularExpressions;

namespace Aims.Build.Tasks;

/// <summary>The file of the ErrorLog property, which the compiler takes as "path" or "path,version=2.1".</summary>
internal static class ErrorLogPath
{
    private static readonly Regex VersionSuffix = new(@",\s*version\s*=\s*[0-9.]+\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>The log's full path, a relative one taken from the project folder; null when no log is set.</summary>
    public static string? Parse(string? errorLog, string projectDirectory)
    {
        if (string.IsNullOrWhiteSpace(errorLog))
        {
            return null;
        }

        var path = VersionSuffix.Replace(errorLog!.Trim(), string.Empty).Trim().Trim('"');
        return path.Length == 0 ? null : Path.GetFullPath(Path.Combine(projectDirectory, path));
    }
}
