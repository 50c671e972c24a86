using System;
using System.Globalization;

namespace Aims.Manifest.Screening;

/// <summary>
/// A well-known model endpoint host and the name of the provider it belongs to. In <see cref="Pattern"/> a '*' stands
/// for one or more characters of a single DNS label (a resource name or a region); ":port" restricts the match to that
/// port.
/// </summary>
internal sealed record ModelHost(string Pattern, string ProviderName)
{
    public bool Matches(Uri uri) =>
        MatchesHost(uri.IdnHost + (uri.IsDefaultPort ? string.Empty : ":" + uri.Port.ToString(CultureInfo.InvariantCulture)));

    /// <summary>Whether an authority as written in a URL ("host" or "host:port", any case) is this host.</summary>
    public bool MatchesHost(string authority)
    {
        var (host, port) = Split(authority.ToLowerInvariant());
        var (patternHost, patternPort) = Split(Pattern);
        return (patternPort is null || patternPort == port) && GlobMatches(patternHost, 0, host, 0);
    }

    private static (string Host, string? Port) Split(string authority)
    {
        var colon = authority.LastIndexOf(':');
        return colon < 0 ? (authority, null) : (authority.Substring(0, colon), authority.Substring(colon + 1));
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
}
