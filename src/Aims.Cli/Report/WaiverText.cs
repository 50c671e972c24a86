using Aims.Manifest.Model;
using Aims.Manifest.Vocabulary;

namespace Aims.Cli.Report;

/// <summary>How a waiver reads in a report: who silenced the finding and with what words.</summary>
internal static class WaiverText
{
    /// <summary>"#pragma warning disable", "[SuppressMessage]", "DiagnosticSuppressor AIMSX01", or "suppressed in source".</summary>
    public static string How(Suppression suppression) => suppression.Kind switch
    {
        SuppressionKind.Pragma => "#pragma warning disable",
        SuppressionKind.SuppressMessage => "[SuppressMessage]",
        SuppressionKind.Suppressor => "DiagnosticSuppressor" + (suppression.SuppressionId is { Length: > 0 } id ? " " + id : ""),
        _ => "suppressed in source (the error log does not say how)",
    };
}
