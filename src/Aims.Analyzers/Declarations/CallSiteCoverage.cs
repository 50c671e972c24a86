namespace Aims.Analyzers.Declarations;

/// <summary>How the code around a model call relates to the declared AI systems.</summary>
internal enum CallSiteCoverageKind
{
    /// <summary>No [AiSystem] or [PartOfAiSystem] covers the call.</summary>
    Uncovered,

    /// <summary>An [AiSystem] or [PartOfAiSystem] on the member, an enclosing member or type, or the assembly covers the call.</summary>
    Covered,

    /// <summary>The call is inside a member that is a model call in its own right: its implementation.</summary>
    ModelCallImplementation,
}

/// <summary>What covers a call site: the kind, and for a covered call the id of the system that covers it.</summary>
internal readonly record struct CallSiteCoverage(CallSiteCoverageKind Kind, string? SystemId)
{
    public static CallSiteCoverage Uncovered => new(CallSiteCoverageKind.Uncovered, null);

    public static CallSiteCoverage Implementation => new(CallSiteCoverageKind.ModelCallImplementation, null);
}
