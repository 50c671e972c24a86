namespace Aims.Cli.Governance;

/// <summary>One control of ISO/IEC 42001:2023 Annex A: its number, group and short title (never the standard's text).</summary>
internal sealed record AnnexAControl(string Id, string Group, string Title);
