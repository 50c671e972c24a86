namespace Aims.Manifest.Model;

internal sealed record DisclosureEntry(string Kind, string? Text, string? Mechanism, SourceLocation? DeclaredAt);
