using System.Collections.Generic;

namespace Aims.Cli.Manifest;

/// <summary>A project manifest that a merged inventory was made from (the <c>sources</c> extension).</summary>
internal sealed record SourceManifest(string Name, string Version, string? SourceRevision);

/// <summary>A system id declared by more than one merged assembly (the <c>duplicateSystems</c> extension).</summary>
internal sealed record DuplicateSystem(string Id, IReadOnlyList<string> DeclaredIn);
