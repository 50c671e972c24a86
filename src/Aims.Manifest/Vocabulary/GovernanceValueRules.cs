using System;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Aims.Manifest.Vocabulary;

/// <summary>The grammars of governance values, shared by validation (AIMS007, AIMS017) and the manifest.</summary>
internal static class GovernanceValueRules
{
    public const int MaxIdLength = 128;

    private static readonly Regex IdPattern = new(@"^[A-Za-z0-9][A-Za-z0-9._-]*\z", RegexOptions.CultureInvariant);
    private static readonly Regex UriSchemePattern = new("^[A-Za-z][A-Za-z0-9+.-]*:", RegexOptions.CultureInvariant);
    private static readonly string[] DateFormats =
    [
        "yyyy-MM-dd", "yyyy-MM-dd'T'HH:mm'Z'", "yyyy-MM-dd'T'HH:mm:ss'Z'", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'",
        "yyyy-MM-dd'T'HH:mmzzz", "yyyy-MM-dd'T'HH:mm:sszzz", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz",
    ];

    /// <summary>1 to 128 letters, digits, '.', '_' and '-', starting with a letter or a digit.</summary>
    public static bool IsWellFormedId(string? value) =>
        value is { Length: > 0 and <= MaxIdLength } && IdPattern.IsMatch(value);

    /// <summary>An ISO 8601 calendar date (2025-03-31) or a date-time with 'Z' or an offset.</summary>
    public static bool IsIsoDate(string value) =>
        DateTimeOffset.TryParseExact(value, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out _);

    /// <summary>An absolute URI with an explicit scheme (https://…, urn:…); a bare path is not one.</summary>
    public static bool IsAbsoluteUri(string value) =>
        UriSchemePattern.IsMatch(value) && Uri.TryCreate(value, UriKind.Absolute, out _);

    /// <summary>The placeholders that code fixes insert: "&lt;...&gt;" or text starting with "TODO".</summary>
    public static bool IsPlaceholder(string? value)
    {
        var trimmed = value?.Trim();
        return trimmed is { Length: > 0 } &&
            ((trimmed.Length >= 2 && trimmed[0] == '<' && trimmed[trimmed.Length - 1] == '>') ||
             trimmed.StartsWith("TODO", StringComparison.OrdinalIgnoreCase));
    }

    public static bool IsBlank(string? value) => string.IsNullOrWhiteSpace(value);

    /// <summary>
    /// Whether a value states something: neither blank nor a placeholder. Every control, summary count and report field
    /// decides "filled in" with this one predicate, the one AIMS017 reports against.
    /// </summary>
    public static bool IsFilledIn(string? value) => !IsBlank(value) && !IsPlaceholder(value);
}
