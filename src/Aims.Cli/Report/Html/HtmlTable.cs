using System.Collections.Generic;
using System.Text;

namespace Aims.Cli.Report.Html;

/// <summary>
/// A data table that the page's script can sort (click a column header) and filter (type in the box above it). The
/// filter and the sorting work on the rows already in the page: nothing is fetched.
/// </summary>
internal sealed class HtmlTable(string id, string label, IReadOnlyList<string> headers, string? tableClass = null)
{
    private readonly List<IReadOnlyList<HtmlCell>> _rows = [];
    private string? _extraHeaderRow;

    public void AddRow(IReadOnlyList<HtmlCell> cells) => _rows.Add(cells);

    /// <summary>A second header row that stays above the sorted rows (the matrix's overall statuses).</summary>
    public void SetExtraHeaderRow(string rowHtml) => _extraHeaderRow = rowHtml;

    public void WriteTo(StringBuilder html)
    {
        html.Append($"<div class=\"tools\"><label for=\"{id}-filter\">Filter {HtmlText.Encode(label)}</label>")
            .Append($"<input id=\"{id}-filter\" type=\"search\" data-filter=\"{id}\" placeholder=\"Type to filter rows\" autocomplete=\"off\">")
            .Append($"<output id=\"{id}-count\" for=\"{id}-filter\"></output></div>\n");
        html.Append($"<div class=\"scroll\"><table id=\"{id}\" class=\"sortable {tableClass}\"><thead><tr>");
        foreach (var header in headers)
        {
            html.Append(header.StartsWith("<th", System.StringComparison.Ordinal)
                ? header
                : $"<th scope=\"col\"><button type=\"button\">{HtmlText.Encode(header)}</button></th>");
        }

        html.Append("</tr>");
        if (_extraHeaderRow is not null)
        {
            html.Append(_extraHeaderRow);
        }

        html.Append("</thead>\n<tbody>\n");
        foreach (var cells in _rows)
        {
            html.Append("<tr>");
            foreach (var cell in cells)
            {
                html.Append("<td");
                if (cell.Class is not null)
                {
                    html.Append($" class=\"{cell.Class}\"");
                }

                if (cell.SortKey is not null)
                {
                    html.Append($" data-sort=\"{HtmlText.Encode(cell.SortKey)}\"");
                }

                if (cell.Title is not null)
                {
                    html.Append($" title=\"{HtmlText.Encode(cell.Title)}\"");
                }

                html.Append('>').Append(cell.Html).Append("</td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</tbody></table></div>\n");
    }
}
