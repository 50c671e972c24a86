using System;
using System.Collections.Generic;
using System.Linq;

namespace Aims.Cli.Manifest;

/// <summary>The four control statuses a manifest uses.</summary>
internal static class ControlStatus
{
    public const string Evidenced = "evidenced";
    public const string Gap = "gap";
    public const string Excluded = "excluded";
    public const string NotApplicable = "notApplicable";

    public static readonly string[] All = [Evidenced, Gap, Excluded, NotApplicable];

    /// <summary>From the status that says least for the control to the one that says most.</summary>
    private static readonly string[] Precedence = [Gap, Excluded, Evidenced, NotApplicable];

    /// <summary>A gap, or a status this tool does not know, which is no evidence either.</summary>
    public static bool IsGapOrUnknown(string status) => status is not (Evidenced or Excluded or NotApplicable);

    /// <summary>
    /// What several manifests say of one control together, never more than the least of them: a gap (or an unknown
    /// status, as it is written) if any has one, else excluded if any excludes it, else evidenced, else not applicable.
    /// </summary>
    public static string Worst(IEnumerable<string> statuses) =>
        statuses.OrderBy(status => Array.IndexOf(Precedence, IsGapOrUnknown(status) ? Gap : status)).First();
}
