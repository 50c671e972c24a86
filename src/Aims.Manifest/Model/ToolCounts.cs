namespace Aims.Manifest.Model;

/// <summary>The tools handed to models: all of them, those that act, those that act with no approval step, and those no system covers.</summary>
internal sealed record ToolCounts(int Total, int Acting, int ActingWithoutApproval, int Undeclared);
