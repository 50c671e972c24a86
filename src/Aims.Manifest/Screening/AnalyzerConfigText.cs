using System;

namespace Aims.Manifest.Screening;

/// <summary>
/// Reads an .editorconfig or .globalconfig as the compiler does for one question: whether any line gives one of some keys
/// a value. Keys match without regard to case; a line starting with '#' or ';' is a comment.
/// </summary>
internal static class AnalyzerConfigText
{
    public static bool SetsAnyOf(string text, params string[] keys)
    {
        foreach (var rawLine in text.Split('\n'))
        {
            var line = rawLine.Trim();
            var equals = line.IndexOf('=');
            if (equals <= 0 || line[0] is '#' or ';')
            {
                continue;
            }

            var key = line.Substring(0, equals).Trim();
            if (Array.Exists(keys, candidate => string.Equals(candidate, key, StringComparison.OrdinalIgnoreCase)) &&
                line.Substring(equals + 1).Trim().Length > 0)
            {
                return true;
            }
        }

        return false;
    }
}
