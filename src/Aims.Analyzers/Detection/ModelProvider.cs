using System.Text.RegularExpressions;

namespace Aims.Analyzers.Detection;

/// <summary>
/// A model supplier and its rule for a "pinned" model identifier: one that names a fixed snapshot or version, so the
/// model cannot change under the code. docs/rules/AIMS010.md documents the same table.
/// </summary>
internal sealed class ModelProvider
{
    public ModelProvider(string name, string pinnedPattern, string example)
    {
        Name = name;
        PinnedPattern = new Regex(pinnedPattern, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);
        Example = example;
    }

    public string Name { get; }

    public Regex PinnedPattern { get; }

    /// <summary>A pinned identifier of this provider, for messages.</summary>
    public string Example { get; }
}
