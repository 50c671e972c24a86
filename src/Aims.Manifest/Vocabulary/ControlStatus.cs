using System;
using System.Collections.Generic;
using System.Linq;

namespace Aims.Manifest.Vocabulary;

/// <summary>What a manifest says of an Annex A control, as it writes it.</summary>
internal static class ControlStatus
{
    public const string Evidenced = "evidenced";
    public const string Gap = "gap";
    public const string Excluded = "excluded";
    public const string NotApplicable = "notApplicable";

    /// <summary>Every status, in the order the summary counts them.</summary>
    public static IReadOnlyList<string> All { get; } = new[] { Evidenced, Gap, Excluded, NotApplicable };

    /// <summary>From the status that says least for the control to the one that says most.</summary>
    private static readonly string[] Precedence = { Gap, Excluded, Evidenced, NotApplicable };

    /// <summary>A gap, or a status this version does not know, which is no evidence either.</summary>
    public static bool IsGapOrUnknown(string status) => status is not (Evidenced or Excluded or NotApplicable);

    /// <summary>
    /// What several statuses of one control say together, never more than the least of them: a gap (or an unknown
    /// status, as it is written) if any is one, else excluded if any is, else evidenced, else not applicable.
    /// </summary>
    public static string Worst(IEnumerable<string> statuses) =>
        statuses.OrderBy(status => Array.IndexOf(Precedence, IsGapOrUnknown(status) ? Gap : status)).First();
}
