using System.Collections.Generic;
using Aims.Manifest.Model;
using Aims.Manifest.Vocabulary;

namespace Aims.Cli.Bom;

/// <summary>A system of the BOM with the references of its models, data sources and the services its calls reach.</summary>
internal sealed record BomSystem(AiSystem System, string Ref, IReadOnlyList<BomModel> Models, IReadOnlyList<BomData> Data, IReadOnlyList<string> ServiceRefs);
