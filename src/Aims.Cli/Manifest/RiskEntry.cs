using System.Collections.Generic;

namespace Aims.Cli.Manifest;

/// <summary>An <c>[AiRisk]</c> risk register entry.</summary>
internal sealed record RiskEntry(
    string Id,
    string? Description,
    string? Treatment,
    string? ResidualRiskAcceptedBy,
    IReadOnlyList<string> Controls,
    string? ReviewDate,
    SourceLocation? DeclaredAt);
