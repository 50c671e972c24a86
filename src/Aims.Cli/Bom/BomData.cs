using Aims.Cli.Governance;
using Aims.Manifest.Model;
using Aims.Manifest.Vocabulary;

namespace Aims.Cli.Bom;

/// <summary>A data source as a component.</summary>
internal sealed record BomData(DataSourceEntry Source, string Ref)
{
    /// <summary>The source's name, or "unnamed data source" while the name is a placeholder (a gap property says so).</summary>
    public string Name => Placeholder.FilledOrNull(Source.Name) ?? "unnamed data source";
}
