namespace Aims.Cli.Manifest;

/// <summary>The <c>summary.callSites</c> counts.</summary>
internal sealed record CallSiteCounts(int Model, int Service, int Undeclared);
