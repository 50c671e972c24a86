using Aims.Manifest.Model;
using Aims.Manifest.Vocabulary;

namespace Aims.Cli.Report.Html;

/// <summary>The HTML writing of shared report text: placeholders as red gaps, nulls as grey "not declared".</summary>
internal sealed class HtmlFormat : IReportFormat
{
    public static readonly HtmlFormat Instance = new();

    public string Text(string text) => HtmlText.Encode(text);

    public string Value(string? value) => value switch
    {
        null => None("not declared"),
        _ when GovernanceValueRules.IsPlaceholder(value) => $"<span class=\"gap-text\">gap: placeholder <code>{HtmlText.Encode(value)}</code></span>",
        _ => HtmlText.Encode(value),
    };

    public string Code(string text) => $"<code>{HtmlText.Encode(text)}</code>";

    public string Gap(string text) => $"<span class=\"gap-text\">{HtmlText.Encode(text)}</span>";

    public string None(string text) => $"<span class=\"none\">{HtmlText.Encode(text)}</span>";

    public string Location(SourceLocation? location) => LocationText.Of(location) is { } text ? Code(text) : "";
}
