namespace Aims.Manifest.Model;

/// <summary>
/// The AI policy the build applied: its name and version, and the SHA-256 of the file's bytes, so an auditor can tell
/// which text it was (null when the file could not be read). <see cref="Problem"/> says why a file could not be applied
/// (then name and version are null).
/// </summary>
internal sealed record PolicyEntry(string? Name, string? Version, string? Sha256, string? Problem);
