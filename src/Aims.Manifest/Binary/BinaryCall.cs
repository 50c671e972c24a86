using Aims.Manifest.Catalog;
using Aims.Manifest.Vocabulary;

namespace Aims.Manifest.Binary;

/// <summary>One AI call found in an assembly's IL, under the member a person wrote, with its source line where a PDB tells.</summary>
/// <param name="SystemId">The id of the system whose [AiSystem] or [PartOfAiSystem] covers the call; null when none does.</param>
internal sealed record BinaryCall(
    string CallingMember,
    string CalledMember,
    string Sdk,
    ModelProvider? Provider,
    AiCallKind Kind,
    string? Path,
    int? Line,
    string? SystemId);
