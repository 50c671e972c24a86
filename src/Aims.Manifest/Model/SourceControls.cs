using System.Collections.Generic;

namespace Aims.Manifest.Model;

/// <summary>The controls of one merged assembly, as its own manifest states them.</summary>
internal sealed record SourceControls(string Assembly, IReadOnlyList<ControlEntry> Controls);
