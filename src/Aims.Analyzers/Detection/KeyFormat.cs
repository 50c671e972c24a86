namespace Aims.Analyzers.Detection;

/// <summary>
/// The shape of a provider's API key: a prefix, then a body of ASCII letters and digits (and '-' and '_' when
/// <see cref="BodyAllowsDashAndUnderscore"/>) whose length is within the bounds. A value of this shape is a secret
/// wherever it is passed.
/// </summary>
internal sealed record KeyFormat(string Issuer, string Prefix, int MinimumBodyLength, int MaximumBodyLength, bool BodyAllowsDashAndUnderscore)
{
    public bool Matches(string value)
    {
        var bodyLength = value.Length - Prefix.Length;
        if (bodyLength < MinimumBodyLength || bodyLength > MaximumBodyLength || !value.StartsWith(Prefix, System.StringComparison.Ordinal))
        {
            return false;
        }

        for (var i = Prefix.Length; i < value.Length; i++)
        {
            var c = value[i];
            var allowed = c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') ||
                (BodyAllowsDashAndUnderscore && c is '-' or '_');
            if (!allowed)
            {
                return false;
            }
        }

        return true;
    }
}
