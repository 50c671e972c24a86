namespace Aims.Cli.Diff;

/// <summary>One change between two inventories: its kind, what it is about (a system, a control, a call) and the detail.</summary>
internal sealed record Change(ChangeKind Kind, string Subject, string Detail);
