using System.Text.RegularExpressions;

namespace Aims.Manifest.Catalog;

/// <summary>
/// The form of a model identifier that names a fixed snapshot or version: a regular expression, the same rule in words
/// for docs/rules/AIMS010.md, and an example for messages.
/// </summary>
internal sealed class PinnedForm
{
    private Regex? _regex;

    public PinnedForm(string pattern, string description, string example)
    {
        Pattern = pattern;
        Description = description;
        Example = example;
    }

    public string Pattern { get; }

    public string Description { get; }

    public string Example { get; }

    /// <summary>Whether an identifier has this form, in any case. Compiled on first use: most builds never check an identifier.</summary>
    public bool Matches(string id) =>
        (_regex ??= new Regex(Pattern, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)).IsMatch(id);
}
