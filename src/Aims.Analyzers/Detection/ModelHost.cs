using System;

namespace Aims.Analyzers.Detection;

/// <summary>
/// A well-known model endpoint host. In <see cref="Pattern"/> a '*' stands for one or more characters of a single
/// DNS label (a resource name or a region); ":port" restricts the match to that port.
/// </summary>
internal sealed record ModelHost(string Pattern, string Provider)
{
    /// <summary>The longest fixed part of the pattern: a cheap text filter for source files that may hold such a URL.</summary>
    public string Needle { get; } = LongestLiteral(Pattern);

    public bool Matches(Uri uri)
    {
        var pattern = Pattern;
        var portSeparator = pattern.IndexOf(':');
        if (portSeparator >= 0)
        {
            if (uri.Port.ToString(System.Globalization.CultureInfo.InvariantCulture) != pattern.Substring(portSeparator + 1))
            {
                return false;
            }

            pattern = pattern.Substring(0, portSeparator);
        }

        return GlobMatches(pattern, 0, uri.IdnHost.ToLowerInvariant(), 0);
    }

    private static bool GlobMatches(string pattern, int p, string host, int h)
    {
        while (p < pattern.Length)
        {
            if (pattern[p] == '*')
            {
                // One or more characters, never crossing a label boundary.
                for (var end = h + 1; end <= host.Length && host[end - 1] != '.'; end++)
                {
                    if (GlobMatches(pattern, p + 1, host, end))
                    {
                        return true;
                    }
                }

                return false;
            }

            if (h >= host.Length || pattern[p] != host[h])
            {
                return false;
            }

            p++;
            h++;
        }

        return h == host.Length;
    }

    private static string LongestLiteral(string pattern)
    {
        var longest = string.Empty;
        foreach (var part in pattern.Split('*'))
        {
            if (part.Length > longest.Length)
            {
                longest = part;
            }
        }

        return longest;
    }
}
