using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace Aims.Analyzers.Tests.Harness;

/// <summary>An expected diagnostic parsed from markup: its id and where it lands in the clean source.</summary>
public sealed record ExpectedDiagnostic(string Id, TextSpan Span);

/// <summary>
/// Parses test markup: <c>{|AIMS001:client.CompleteChat("hi")|}</c> marks the exact span of a diagnostic, and
/// <c>{|AIMS003,AIMS018:...|}</c> several diagnostics on one span. Spans do not nest.
/// </summary>
public static class TestMarkup
{
    private const string Open = "{|";
    private const string Close = "|}";

    public static (string Source, IReadOnlyList<ExpectedDiagnostic> Expected) Parse(string markup)
    {
        var source = new StringBuilder(markup.Length);
        var expected = new List<ExpectedDiagnostic>();
        var position = 0;
        while (true)
        {
            var open = markup.IndexOf(Open, position, StringComparison.Ordinal);
            if (open < 0)
            {
                source.Append(markup, position, markup.Length - position);
                break;
            }

            var colon = markup.IndexOf(':', open);
            var close = markup.IndexOf(Close, open, StringComparison.Ordinal);
            if (colon < 0 || close < 0 || colon > close)
            {
                throw new FormatException($"Unterminated markup at offset {open}.");
            }

            source.Append(markup, position, open - position);
            var ids = markup.Substring(open + Open.Length, colon - open - Open.Length).Split(',');
            var text = markup.Substring(colon + 1, close - colon - 1);
            if (text.Contains(Open, StringComparison.Ordinal))
            {
                throw new FormatException($"Nested markup at offset {open}.");
            }

            expected.AddRange(ids.Select(id => new ExpectedDiagnostic(id.Trim(), new TextSpan(source.Length, text.Length))));
            source.Append(text);
            position = close + Close.Length;
        }

        return (source.ToString(), expected);
    }
}
