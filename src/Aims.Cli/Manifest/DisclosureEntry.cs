namespace Aims.Cli.Manifest;

/// <summary>An <c>[AiDisclosure]</c> declaration (EU AI Act Art. 50).</summary>
internal sealed record DisclosureEntry(string Kind, string? Text, string? Mechanism, SourceLocation? DeclaredAt);
