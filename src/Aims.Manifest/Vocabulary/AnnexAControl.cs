namespace Aims.Manifest.Vocabulary;

/// <summary>An ISO/IEC 42001 Annex A control.</summary>
internal sealed record AnnexAControl(string Id, string Group, string Title);
