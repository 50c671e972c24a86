using System.Collections.Generic;

namespace Aims.Cli.Manifest;

/// <summary>A model the system uses: declared with <c>[AiModel]</c>, or inferred from the code.</summary>
internal sealed record ModelEntry(
    string? Provider,
    string? ModelId,
    string? Version,
    string? Hosting,
    string? SupplierAgreement,
    string? ModelCardUri,
    string Source,
    string? Sdk,
    SourceLocation? DeclaredAt);

/// <summary>A <c>[DataSource]</c> declaration.</summary>
internal sealed record DataSourceEntry(
    string Name,
    string? Usage,
    bool? ContainsPersonalData,
    string? LawfulBasis,
    SourceLocation? DeclaredAt);

/// <summary>A <c>[HumanOversight]</c> declaration.</summary>
internal sealed record OversightEntry(string Mode, string? Reviewer, SourceLocation? DeclaredAt);

/// <summary>An <c>[AiDisclosure]</c> declaration (EU AI Act Art. 50).</summary>
internal sealed record DisclosureEntry(string Kind, string? Text, string? Mechanism, SourceLocation? DeclaredAt);

/// <summary>An <c>[AiEventLogging]</c> declaration.</summary>
internal sealed record EventLoggingEntry(string? Events, int? RetentionDays, SourceLocation? DeclaredAt);

/// <summary>An <c>[AiEvaluation]</c> declaration: the metric and the threshold it must meet.</summary>
internal sealed record EvaluationEntry(
    string Metric,
    double? Threshold,
    string? Dataset,
    string? TestReference,
    string? Date,
    SourceLocation? DeclaredAt);

/// <summary>An <c>[AiRisk]</c> risk register entry.</summary>
internal sealed record RiskEntry(
    string Id,
    string? Description,
    string? Treatment,
    string? ResidualRiskAcceptedBy,
    IReadOnlyList<string> Controls,
    string? ReviewDate,
    SourceLocation? DeclaredAt);
