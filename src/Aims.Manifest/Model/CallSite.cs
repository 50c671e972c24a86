namespace Aims.Manifest.Model;

/// <summary>
/// One AI call in the code: under the system that covers it, or an undeclared usage. <see cref="Assembly"/> is set in
/// merged inventories only. <see cref="Path"/> and <see cref="Line"/> are null for a call read from a binary that has
/// no portable PDB: it is known by its calling member only.
/// </summary>
internal sealed record CallSite(
    string? Assembly,
    string? Path,
    int? Line,
    string CallingMember,
    string CalledMember,
    string? Sdk,
    string? Provider,
    string? Kind,
    string Category,
    bool Bound);
