using System.Collections.Generic;

namespace Aims.Manifest.Model;

internal sealed record RiskEntry(
    string Id,
    string? Description,
    string? Treatment,
    string? ResidualRiskAcceptedBy,
    IReadOnlyList<string> Controls,
    string? ReviewDate,
    SourceLocation? DeclaredAt);
