using System.Collections.Generic;
using Aims.Manifest.Model;

namespace Aims.Manifest.Controls;

/// <summary>What the controls are decided from: the declarations, every AI call and every tool of the assembly.</summary>
internal sealed record ControlFacts(
    ManagementSystem? ManagementSystem,
    IReadOnlyList<AiSystem> Systems,
    IReadOnlyList<CallSite> UndeclaredUsages,
    IReadOnlyList<ToolEntry> UndeclaredTools,
    IReadOnlyList<ApplicabilityEntry> StatementOfApplicability);
