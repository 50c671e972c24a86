namespace Aims.Manifest.Model;

internal sealed record DataSourceEntry(string Name, string? Usage, bool? ContainsPersonalData, string? LawfulBasis, SourceLocation? DeclaredAt);
