using System.Collections.Generic;
using Aims.Manifest.Model;
using Aims.Manifest.Vocabulary;

namespace Aims.Cli.Merge;

/// <summary>The controls of one merged assembly as its own manifest states them, completed against Annex A and by id.</summary>
internal sealed record ControlContribution(string Assembly, IReadOnlyList<ControlEntry> Controls, IReadOnlyDictionary<string, ControlEntry> ById);
