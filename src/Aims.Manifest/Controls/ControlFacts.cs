using System.Collections.Generic;
using Aims.Manifest.Model;

namespace Aims.Manifest.Controls;

/// <summary>What the controls are decided from: the declarations and every AI call of the assembly.</summary>
internal sealed record ControlFacts(
    ManagementSystem? ManagementSystem,
    IReadOnlyList<AiSystem> Systems,
    IReadOnlyList<CallSite> UndeclaredUsages,
    IReadOnlyList<ApplicabilityEntry> StatementOfApplicability);
