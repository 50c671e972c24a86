using System.Collections.Generic;

namespace Aims.Cli.Manifest;

/// <summary>
/// The Annex A controls as one merged assembly's own manifest states them (the <c>controlsBySource</c> extension), so
/// that each system's coverage can be read from the assembly that declares it.
/// </summary>
internal sealed record SourceControls(string Assembly, IReadOnlyList<ControlEntry> Controls);
