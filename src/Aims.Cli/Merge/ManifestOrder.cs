using System.Collections.Generic;
using Aims.Manifest;
using Aims.Manifest.Model;
using Aims.Manifest.Vocabulary;

namespace Aims.Cli.Merge;

/// <summary>The orders of a merged manifest: by assembly, then file, then line, with every field as a tie-breaker.</summary>
internal static class ManifestOrder
{
    public static readonly IComparer<SourceLocation> Locations = Comparer<SourceLocation>.Create((x, y) =>
        Compare(x.Assembly, y.Assembly) is var c and not 0 ? c :
        Compare(x.Path, y.Path) is var p and not 0 ? p :
        (x.Line ?? 0).CompareTo(y.Line ?? 0) is var l and not 0 ? l :
        Compare(x.Symbol, y.Symbol));

    public static readonly IComparer<CallSite> CallSites = Comparer<CallSite>.Create((x, y) =>
        Compare(x.Assembly, y.Assembly) is var a and not 0 ? a :
        Compare(x.Path, y.Path) is var p and not 0 ? p :
        (x.Line ?? 0).CompareTo(y.Line ?? 0) is var l and not 0 ? l :
        Compare(x.CallingMember, y.CallingMember) is var cm and not 0 ? cm :
        Compare(x.CalledMember, y.CalledMember) is var cd and not 0 ? cd :
        Compare(ManifestWriter.CanonicalText(x), ManifestWriter.CanonicalText(y)));

    public static readonly IComparer<ToolEntry> Tools = Comparer<ToolEntry>.Create((x, y) =>
        Compare(x.Assembly, y.Assembly) is var a and not 0 ? a :
        Compare(x.Path, y.Path) is var p and not 0 ? p :
        x.Line.CompareTo(y.Line) is var l and not 0 ? l :
        Compare(x.Name, y.Name) is var n and not 0 ? n :
        Compare(ManifestWriter.CanonicalText(x), ManifestWriter.CanonicalText(y)));

    public static readonly IComparer<Finding> Findings = Comparer<Finding>.Create((x, y) =>
        Compare(x.Assembly, y.Assembly) is var a and not 0 ? a :
        Compare(x.Path, y.Path) is var p and not 0 ? p :
        (x.Line ?? 0).CompareTo(y.Line ?? 0) is var l and not 0 ? l :
        Compare(x.Id, y.Id) is var i and not 0 ? i :
        Compare(ManifestWriter.CanonicalText(x), ManifestWriter.CanonicalText(y)));

    public static readonly IComparer<ApplicabilityEntry> Applicability = Comparer<ApplicabilityEntry>.Create((x, y) =>
        Compare(x.ControlId, y.ControlId) is var c and not 0 ? c :
        Compare(ManifestWriter.CanonicalText(x), ManifestWriter.CanonicalText(y)));

    public static int Compare(string? x, string? y) => string.CompareOrdinal(x, y);
}
