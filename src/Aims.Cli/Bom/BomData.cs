using Aims.Cli.Governance;
using Aims.Cli.Manifest;

namespace Aims.Cli.Bom;

/// <summary>A data source as a component.</summary>
internal sealed record BomData(DataSourceEntry Source, string Ref)
{
    /// <summary>The source's name, or "unnamed data source" while the name is a placeholder (a gap property says so).</summary>
    public string Name => Placeholder.FilledOrNull(Source.Name) ?? "unnamed data source";
}
