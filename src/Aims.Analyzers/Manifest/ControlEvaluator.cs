using System;
using System.Collections.Generic;
using System.Linq;
using Aims.Analyzers.Declarations;
using Aims.Analyzers.Detection;
using Aims.Analyzers.Generator;

namespace Aims.Analyzers.Manifest;

/// <summary>
/// Decides, control by control, whether the code evidences an ISO/IEC 42001 Annex A control. docs/iso42001-mapping.md
/// states the same rules. A Statement-of-Applicability entry excludes a control, or supplies the evidence of an
/// organisational control that code cannot show.
/// </summary>
internal static class ControlEvaluator
{
    private static readonly Dictionary<string, Func<ManifestFacts, ControlResult>> CodeRules = new(StringComparer.Ordinal)
    {
        ["A.2.2"] = facts => ManagementSystem(facts, "PolicyReference", "PolicyUri"),
        ["A.3.2"] = facts => EverySystem(facts, s => s.HasText("Owner"), s => $"owner '{s.Declaration.Argument("Owner")}'", "no Owner"),
        ["A.3.3"] = facts => ManagementSystem(facts, "IncidentContact"),
        ["A.4.2"] = facts => facts.Systems.Count == 0 && facts.UndeclaredUsages.Count == 0
            ? NotApplicable()
            : facts.UndeclaredUsages.Count == 0
                ? new ControlResult(ControlStatus.Evidenced, facts.Systems.Values.Select(s => $"{s.Id}: declared at {Place(s.Declaration.Location)}").ToList())
                : new ControlResult(ControlStatus.Gap, facts.UndeclaredUsages.Select(u => $"undeclared AI usage: {u.CallingMember} calls {u.CalledMember} at {Place(u.Location)}").ToList()),
        ["A.4.3"] = facts => EveryFact(facts, AimsAttributeNames.DataSource, "data source", "no [DataSource]"),
        ["A.4.4"] = facts => EverySystem(facts, s => s.Has(AimsAttributeNames.AiModel) || s.CallSites.Count > 0, Models, "no model declared or called"),
        ["A.4.5"] = facts => EveryFact(facts, AimsAttributeNames.AiModel, "model", "no [AiModel] stating where the model runs"),
        ["A.5.2"] = ImpactAssessment,
        ["A.5.3"] = ImpactAssessment,
        ["A.5.4"] = ImpactAssessment,
        ["A.5.5"] = ImpactAssessment,
        ["A.6.2.2"] = facts => EverySystem(facts, s => s.HasText("Purpose"), s => $"purpose '{s.Declaration.Argument("Purpose")}'", "no Purpose"),
        ["A.6.2.3"] = facts => EveryFact(facts, AimsAttributeNames.AiModel, "model", "no [AiModel]"),
        ["A.6.2.4"] = facts => EveryFact(facts, AimsAttributeNames.AiEvaluation, "evaluation", "no [AiEvaluation]"),
        ["A.6.2.5"] = facts => EverySystem(facts, s => s.Has(AimsAttributeNames.AiModel) && s.FactsOf(AimsAttributeNames.AiModel).All(IsPinned), Models, "no pinned [AiModel]"),
        ["A.6.2.6"] = facts => EverySystem(facts, s => s.Has(AimsAttributeNames.HumanOversight) || s.Has(AimsAttributeNames.AiEventLogging), s => "oversight or event logging declared", "neither [HumanOversight] nor [AiEventLogging]"),
        ["A.6.2.7"] = facts => EverySystem(facts, s => s.HasText("Purpose") && s.HasText("Owner") && s.Risk != "Unassessed", s => $"purpose, owner and risk '{s.Risk}' declared", "purpose, owner or assessed risk missing"),
        ["A.6.2.8"] = facts => EveryFact(facts, AimsAttributeNames.AiEventLogging, "event logging", "no [AiEventLogging]"),
        ["A.7.3"] = facts => EveryFact(facts, AimsAttributeNames.DataSource, "data source", "no [DataSource]"),
        ["A.7.4"] = facts => EverySystem(
            facts,
            s => s.Has(AimsAttributeNames.DataSource) && s.FactsOf(AimsAttributeNames.DataSource).All(d => d.Argument("ContainsPersonalData") != "true" || !GovernanceValueRules.IsBlank(d.Argument("LawfulBasis"))),
            s => "data sources with a lawful basis for personal data",
            "no [DataSource], or personal data without a LawfulBasis"),
        ["A.7.5"] = facts => EveryFact(facts, AimsAttributeNames.DataSource, "data source", "no [DataSource]"),
        ["A.8.2"] = facts => facts.Systems.Values.Any(NeedsDisclosure)
            ? EverySystem(facts, s => !NeedsDisclosure(s) || s.Has(AimsAttributeNames.AiDisclosure), s => NeedsDisclosure(s) ? "disclosure declared" : "no disclosure owed", "a generative system serving people without [AiDisclosure]")
            : NotApplicable(),
        ["A.8.4"] = facts => ManagementSystem(facts, "IncidentContact"),
        ["A.9.2"] = facts => EveryFact(facts, AimsAttributeNames.HumanOversight, "human oversight", "no [HumanOversight]"),
        ["A.9.4"] = facts => EverySystem(facts, s => s.HasText("Purpose"), s => $"intended purpose '{s.Declaration.Argument("Purpose")}'", "no Purpose"),
        ["A.10.3"] = facts => EverySystem(
            facts,
            s => s.Has(AimsAttributeNames.AiModel) && s.FactsOf(AimsAttributeNames.AiModel).All(m => m.Argument("Hosting") is not (null or "Api") || !GovernanceValueRules.IsBlank(m.Argument("SupplierAgreement"))),
            s => "supplier agreements of hosted models declared",
            "no [AiModel], or a hosted model without a SupplierAgreement"),
    };

    public static ControlResult Evaluate(AnnexAControl control, ManifestFacts facts)
    {
        var entry = facts.Applicability.FirstOrDefault(use => use.Argument("ControlId") == control.Id);
        if (entry is not null && entry.Argument("Applicable") == "false")
        {
            return new ControlResult(ControlStatus.Excluded, Array.Empty<string>(), entry.Argument("Justification") ?? string.Empty);
        }

        var result = CodeRules.TryGetValue(control.Id, out var rule)
            ? rule(facts)
            : new ControlResult(ControlStatus.Gap, new[] { "organisational control: no Statement-of-Applicability evidence" });

        // Evidence a person recorded in the Statement of Applicability closes what code cannot show.
        if (result.Status != ControlStatus.Evidenced && entry?.Argument("Evidence") is { Length: > 0 } evidence)
        {
            return new ControlResult(ControlStatus.Evidenced, new[] { $"statement of applicability: {evidence} ({Place(entry.Location)})" });
        }

        return result;
    }

    private static ControlResult ImpactAssessment(ManifestFacts facts) =>
        EverySystem(facts, s => s.HasText("ImpactAssessment"), s => $"impact assessment '{s.Declaration.Argument("ImpactAssessment")}'", "no ImpactAssessment");

    private static bool NeedsDisclosure(AiSystemEntry system) => system.IsGenerative && system.ServesPeopleDirectly;

    private static bool IsPinned(AttributeUseModel model) =>
        !GovernanceValueRules.IsBlank(model.Argument("Version")) ||
        (model.Argument("ModelId") is { } id && ModelProviders.IsPinned(ModelProviders.OfDeclaredName(model.Argument("Provider")), id));

    private static string Models(AiSystemEntry system) =>
        "models " + string.Join(", ", system.FactsOf(AimsAttributeNames.AiModel).Select(m => $"{m.Argument("Provider")} {m.Argument("ModelId")}")
            .Concat(system.CallSites.Select(c => c.Provider)).Distinct(StringComparer.Ordinal).OrderBy(m => m, StringComparer.Ordinal));

    private static ControlResult ManagementSystem(ManifestFacts facts, params string[] arguments)
    {
        var values = facts.ManagementSystem is { } declaration
            ? arguments.Select(argument => (argument, value: declaration.Argument(argument))).Where(pair => !GovernanceValueRules.IsBlank(pair.value)).ToList()
            : new List<(string argument, string? value)>();
        return values.Count > 0
            ? new ControlResult(ControlStatus.Evidenced, values.Select(pair => $"AiManagementSystem.{pair.argument} '{pair.value}' ({Place(facts.ManagementSystem!.Location)})").ToList())
            : new ControlResult(ControlStatus.Gap, new[] { $"no [assembly: AiManagementSystem] with {string.Join(" or ", arguments)}" });
    }

    private static ControlResult EveryFact(ManifestFacts facts, string attributeName, string what, string missing) =>
        EverySystem(facts, s => s.Has(attributeName), s => $"{what} {string.Join(", ", s.FactsOf(attributeName).Select(f => Place(f.Location)))}", missing);

    private static ControlResult EverySystem(ManifestFacts facts, Func<AiSystemEntry, bool> satisfied, Func<AiSystemEntry, string> evidence, string missing)
    {
        if (facts.Systems.Count == 0)
        {
            return NotApplicable();
        }

        var gaps = facts.Systems.Values.Where(system => !satisfied(system)).Select(system => $"{system.Id}: {missing}").ToList();
        return gaps.Count > 0
            ? new ControlResult(ControlStatus.Gap, gaps)
            : new ControlResult(ControlStatus.Evidenced, facts.Systems.Values.Select(system => $"{system.Id}: {evidence(system)}").ToList());
    }

    private static ControlResult NotApplicable() => new(ControlStatus.NotApplicable, new[] { "no AI system is declared in this assembly" });

    public static string Place(SourceLocation location) => $"{location.Path}:{location.Line}";
}
