using Aims.Analyzers.Detection;

namespace Aims.Analyzers.Model;

/// <summary>
/// An AI call found in source: where, what it calls, its SDK, provider and kind, and the id of the system that covers
/// it (null when none does: an undeclared usage; an empty string when the covering attribute has no id).
/// <see cref="ContainerIds"/> are the ids of the calling member and its types, so that calls inside members configured
/// as model calls can be left out once the options are known.
/// </summary>
internal sealed record CallSiteModel(
    SourceLocation Location,
    string CallingMember,
    string CalledMember,
    string Sdk,
    string? Provider,
    AiCallKind Kind,
    bool Bound,
    string? CoveringSystemId,
    EquatableArray<string> ContainerIds)
{
    public AiCallCategory Category => AiCallKinds.CategoryOf(Kind);
}
