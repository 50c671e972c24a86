using Aims.Manifest.Model;
using Aims.Manifest.Vocabulary;

namespace Aims.Cli.Report;

/// <summary>How each control status reads in a report: a word for people and screen readers, a symbol for the matrix.</summary>
internal static class StatusDisplay
{
    public static string Word(string status) => status switch
    {
        ControlStatus.Evidenced => "evidenced",
        ControlStatus.Gap => "gap",
        ControlStatus.Excluded => "excluded",
        ControlStatus.NotApplicable => "not applicable",
        _ => status,
    };

    /// <summary>A symbol that still reads in black and white print.</summary>
    public static string Symbol(string status) => status switch
    {
        ControlStatus.Evidenced => "✓",
        ControlStatus.Gap => "✗",
        ControlStatus.Excluded => "–",
        ControlStatus.NotApplicable => "n/a",
        _ => "?",
    };

    public static string Emoji(string status) => status switch
    {
        ControlStatus.Evidenced => "✅",
        ControlStatus.Gap => "❌",
        ControlStatus.Excluded => "➖",
        ControlStatus.NotApplicable => "⚪",
        _ => "❔",
    };

    /// <summary>A CSS class name for a status; unknown statuses are styled as gaps.</summary>
    public static string CssClass(string status) => ControlStatus.IsGapOrUnknown(status) ? ControlStatus.Gap : status;
}
