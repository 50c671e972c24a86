using Aims.Manifest.Model;
using Aims.Manifest.Vocabulary;

namespace Aims.Cli.Bom;

/// <summary>A model as a component: its reference, the task its calls tell, and the service that hosts it (only for a model hosted as an API).</summary>
internal sealed record BomModel(ModelEntry Model, string Ref, string? Task, string? ServiceRef);
