namespace Aims.Cli.Report.Html;

/// <summary>A table cell: its HTML, an optional sort key (when the text does not sort right), and optional classes and title.</summary>
internal sealed record HtmlCell(string Html, string? SortKey = null, string? Class = null, string? Title = null)
{
    public static implicit operator HtmlCell(string html) => new(html);
}
