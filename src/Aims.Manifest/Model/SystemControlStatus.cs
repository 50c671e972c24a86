namespace Aims.Manifest.Model;

/// <summary>One system's part of a control decided system by system: evidenced or a gap, and why.</summary>
internal sealed record SystemControlStatus(string Id, string Status, string Evidence);
