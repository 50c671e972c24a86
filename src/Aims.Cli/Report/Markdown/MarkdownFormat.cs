using Aims.Manifest.Model;
using Aims.Manifest.Vocabulary;

namespace Aims.Cli.Report.Markdown;

/// <summary>The Markdown writing of shared report text, safe inside table cells: placeholders marked as gaps, nulls in italics.</summary>
internal sealed class MarkdownFormat : IReportFormat
{
    public static readonly MarkdownFormat Instance = new();

    public string Text(string text) => MarkdownText.Escape(text);

    public string Value(string? value) => value switch
    {
        null => None("not declared"),
        _ when GovernanceValueRules.IsPlaceholder(value) => $"⚠️ **gap: placeholder** {Code(value)}",
        _ => MarkdownText.Escape(value),
    };

    /// <summary>A code span; a backtick inside becomes an apostrophe and "|" is escaped so that a table cell does not end.</summary>
    public string Code(string text) => "`" + text.Replace('`', '\'').Replace("|", "\\|", System.StringComparison.Ordinal).ReplaceLineEndings(" ") + "`";

    public string Gap(string text) => $"⚠️ {MarkdownText.Escape(text)}";

    public string None(string text) => $"_{MarkdownText.Escape(text)}_";

    public string Location(SourceLocation? location) => LocationText.Of(location) is { } text ? Code(text) : "";
}
