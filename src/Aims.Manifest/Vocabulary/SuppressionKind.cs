namespace Aims.Manifest.Vocabulary;

/// <summary>How a finding was suppressed in source, as the compiler's error log tells it (<c>findings[].suppression.kind</c>).</summary>
internal static class SuppressionKind
{
    /// <summary><c>#pragma warning disable</c>.</summary>
    public const string Pragma = "pragma";

    /// <summary><c>[SuppressMessage]</c> on a member, a type or the assembly (with a Target).</summary>
    public const string SuppressMessage = "suppressMessage";

    /// <summary>A DiagnosticSuppressor of another analyzer package.</summary>
    public const string Suppressor = "suppressor";

    /// <summary>Suppressed in source, by a means the log does not name (SARIF 1.0, or an older compiler).</summary>
    public const string InSource = "inSource";

    /// <summary>Every value, in the order the schema lists them.</summary>
    public static System.Collections.Generic.IReadOnlyList<string> All { get; } = new[] { Pragma, SuppressMessage, Suppressor, InSource };
}
