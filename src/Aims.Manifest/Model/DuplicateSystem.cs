using System.Collections.Generic;

namespace Aims.Manifest.Model;

/// <summary>A system id that more than one merged assembly declares with [AiSystem].</summary>
internal sealed record DuplicateSystem(string Id, IReadOnlyList<string> DeclaredIn);
