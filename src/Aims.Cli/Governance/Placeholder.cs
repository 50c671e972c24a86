using System;

namespace Aims.Cli.Governance;

/// <summary>
/// The placeholders that code fixes insert and AIMS017 reports: a value written as "&lt;...&gt;" or starting with
/// "TODO". A placeholder is a gap, never a value.
/// </summary>
internal static class Placeholder
{
    public static bool Is(string? value)
    {
        if (value is null)
        {
            return false;
        }

        var text = value.Trim();
        return (text.Length >= 2 && text[0] == '<' && text[^1] == '>') ||
            text.StartsWith("TODO", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The value, or a phrase that says it is missing ("reviewer not declared") or still a placeholder.</summary>
    public static string OrGap(string? value, string field) =>
        Is(value) ? $"{field} is still a placeholder ({value!.Trim()})" : string.IsNullOrWhiteSpace(value) ? $"{field} not declared" : value;

    /// <summary>The value when it is really filled in; null when it is missing or still a placeholder.</summary>
    public static string? FilledOrNull(string? value) => string.IsNullOrWhiteSpace(value) || Is(value) ? null : value;
}
