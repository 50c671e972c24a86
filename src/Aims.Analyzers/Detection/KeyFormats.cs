using System.Collections.Immutable;
using System.Linq;

namespace Aims.Analyzers.Detection;

/// <summary>
/// Key shapes that AIMS014 reports wherever a literal of that shape is passed to or set on an AI SDK type, beside the
/// credential sites. Rendered in docs/rules/AIMS014.md.
/// </summary>
internal static class KeyFormats
{
    public static ImmutableArray<KeyFormat> All { get; } = ImmutableArray.Create(
        // OpenAI (sk-…, sk-proj-…) and Anthropic (sk-ant-…) keys.
        new KeyFormat("OpenAI, Anthropic", "sk-", 16, int.MaxValue, BodyAllowsDashAndUnderscore: true),
        new KeyFormat("Hugging Face", "hf_", 30, int.MaxValue, BodyAllowsDashAndUnderscore: false),
        new KeyFormat("Google", "AIza", 35, 35, BodyAllowsDashAndUnderscore: true));

    public static bool Matches(string value) => All.Any(format => format.Matches(value));
}
