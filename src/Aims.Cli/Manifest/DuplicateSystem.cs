using System.Collections.Generic;

namespace Aims.Cli.Manifest;

/// <summary>A system id declared by more than one merged assembly (the <c>duplicateSystems</c> extension).</summary>
internal sealed record DuplicateSystem(string Id, IReadOnlyList<string> DeclaredIn);
