namespace Aims.Analyzers.Manifest;

/// <summary>A <c>#pragma warning disable|restore</c> in a file, for one rule id or (when null) for all.</summary>
internal sealed record PragmaDirective(string Path, int Position, string? RuleId, bool Disables);
