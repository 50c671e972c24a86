namespace Aims.Cli.Manifest;

/// <summary>A <c>[DataSource]</c> declaration.</summary>
internal sealed record DataSourceEntry(
    string Name,
    string? Usage,
    bool? ContainsPersonalData,
    string? LawfulBasis,
    SourceLocation? DeclaredAt);
