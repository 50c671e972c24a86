using System;
using System.Collections.Generic;
using System.Linq;
using Aims.Analyzers.Declarations;
using Aims.Analyzers.Detection;
using Aims.Analyzers.Generator;

namespace Aims.Analyzers.Manifest;

/// <summary>One declared AI system with everything attached to it: pieces, facts and the call sites it covers.</summary>
internal sealed class AiSystemEntry
{
    public AiSystemEntry(AttributeUseModel declaration) => Declaration = declaration;

    public AttributeUseModel Declaration { get; }

    public string Id => Declaration.Argument("Id") ?? string.Empty;

    public List<AttributeUseModel> Pieces { get; } = new();

    public List<AttributeUseModel> Facts { get; } = new();

    public List<CallSiteModel> CallSites { get; } = new();

    /// <summary>Models named by constants in the system's code (where clients are created or configured).</summary>
    public List<ModelLiteralModel> ModelLiterals { get; } = new();

    /// <summary>The risk tier; an undefined value (AIMS007) is no assessment, so it reads as Unassessed.</summary>
    public string Risk => Declaration.Argument("Risk") is { } risk && KnownRisks.Contains(risk) ? risk : "Unassessed";

    private static readonly HashSet<string> KnownRisks = new(StringComparer.Ordinal) { "Unassessed", "Minimal", "Limited", "High", "Prohibited" };

    public bool ServesPeopleDirectly => Declaration.Argument("ServesPeopleDirectly") != "false";

    public IEnumerable<AttributeUseModel> FactsOf(string attributeName) => Facts.Where(fact => fact.AttributeName == attributeName);

    public bool Has(string attributeName) => FactsOf(attributeName).Any();

    public bool HasText(string argument) => !GovernanceValueRules.IsBlank(Declaration.Argument(argument));

    public bool IsGenerative => CallSites.Any(site => System.Enum.TryParse<AiCallKind>(site.Kind, out var kind) && AiCallKinds.IsGenerative(kind));
}
