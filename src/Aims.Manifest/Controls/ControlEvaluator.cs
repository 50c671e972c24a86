using System;
using System.Collections.Generic;
using System.Linq;
using Aims.Manifest.Model;
using Aims.Manifest.Vocabulary;

namespace Aims.Manifest.Controls;

/// <summary>
/// Decides, control by control, whether a manifest's facts evidence an ISO/IEC 42001 Annex A control;
/// docs/iso42001-mapping.md states the same rules. A value counts only when it is filled in: a placeholder is a gap, and
/// the evidence says which. A Statement-of-Applicability entry excludes a control, or supplies the evidence of one that
/// code cannot show. A control about every system gives each system its own status. It needs every AI call of the
/// assembly: a manifest of declarations only has no controls.
/// </summary>
internal static class ControlEvaluator
{
    private static readonly Dictionary<string, Func<ControlFacts, ControlResult>> CodeRules = new(StringComparer.Ordinal)
    {
        ["A.2.2"] = facts => ManagementSystemStates(facts, "PolicyReference", "PolicyUri"),
        ["A.3.2"] = facts => EverySystem(facts, s => Stated(s.Owner, "Owner", "owner")),
        ["A.3.3"] = facts => ManagementSystemStates(facts, "IncidentContact"),
        ["A.4.2"] = ResourceDocumentation,
        ["A.4.3"] = facts => EverySystem(facts, s => Fact(s.DataSources.Select(f => f.DeclaredAt), "[DataSource]", "data source")),
        ["A.4.4"] = facts => EverySystem(facts, s => DeclaredModels(s).Any() || s.CallSites!.Count > 0 ? Evidence.Of(Models(s)) : Evidence.Missing("no model declared or called")),
        ["A.4.5"] = facts => EverySystem(facts, ComputingResources),
        ["A.5.2"] = ImpactAssessment,
        ["A.5.3"] = ImpactAssessment,
        ["A.5.4"] = ImpactAssessment,
        ["A.5.5"] = ImpactAssessment,
        ["A.6.2.2"] = facts => EverySystem(facts, s => Stated(s.Purpose, "Purpose", "purpose")),
        ["A.6.2.3"] = facts => EverySystem(facts, s => Fact(DeclaredModels(s).Select(m => m.DeclaredAt), "[AiModel]", "model")),
        ["A.6.2.4"] = facts => EverySystem(facts, s => Fact(s.Evaluations.Select(f => f.DeclaredAt), "[AiEvaluation]", "evaluation")),
        ["A.6.2.5"] = facts => EverySystem(facts, Deployment),
        ["A.6.2.6"] = facts => EverySystem(facts, s => s.HumanOversight.Count > 0 || s.EventLogging.Count > 0
            ? Evidence.Of("oversight or event logging declared")
            : Evidence.Missing("neither [HumanOversight] nor [AiEventLogging]")),
        ["A.6.2.7"] = facts => EverySystem(facts, TechnicalDocumentation),
        ["A.6.2.8"] = facts => EverySystem(facts, s => Fact(s.EventLogging.Select(f => f.DeclaredAt), "[AiEventLogging]", "event logging")),
        ["A.7.3"] = facts => EverySystem(facts, s => Fact(s.DataSources.Select(f => f.DeclaredAt), "[DataSource]", "data source")),
        ["A.7.4"] = facts => EverySystem(facts, DataQuality),
        ["A.7.5"] = facts => EverySystem(facts, s => Fact(s.DataSources.Select(f => f.DeclaredAt), "[DataSource]", "data source")),
        ["A.8.2"] = facts => facts.Systems.Any(NeedsDisclosure)
            ? EverySystem(facts, s => !NeedsDisclosure(s) ? Evidence.Of("no disclosure owed")
                : s.Disclosures.Count > 0 ? Evidence.Of("disclosure declared")
                : Evidence.Missing("a generative system serving people without [AiDisclosure]"))
            : NotApplicable(),
        ["A.8.4"] = facts => ManagementSystemStates(facts, "IncidentContact"),
        ["A.9.2"] = facts => EverySystem(facts, s => Fact(s.HumanOversight.Select(f => f.DeclaredAt), "[HumanOversight]", "human oversight")),
        ["A.9.4"] = facts => EverySystem(facts, s => Stated(s.Purpose, "Purpose", "intended purpose")),
        ["A.10.3"] = facts => EverySystem(facts, Suppliers),
    };

    /// <summary>The 38 controls in Annex A order, each with its status and evidence.</summary>
    public static IReadOnlyList<ControlEntry> Evaluate(ControlFacts facts) =>
        AnnexAControls.All.Select(control => Evaluate(control, facts)).ToList();

    private static ControlEntry Evaluate(AnnexAControl control, ControlFacts facts)
    {
        var result = Decide(control, facts);
        return new ControlEntry(control.Id, control.Group, control.Title, result.Status, result.Evidence, result.Justification, result.Systems);
    }

    private static ControlResult Decide(AnnexAControl control, ControlFacts facts)
    {
        var entry = facts.StatementOfApplicability.FirstOrDefault(e => e.ControlId == control.Id);
        if (entry is { Applicable: false })
        {
            return GovernanceValueRules.IsFilledIn(entry.Justification)
                ? new ControlResult(ControlStatus.Excluded, Array.Empty<string>(), entry.Justification, null)
                : ControlResult.Gap($"excluded by the Statement of Applicability at {Place(entry.DeclaredAt)}, but {Unstated("Justification", entry.Justification)}");
        }

        var result = CodeRules.TryGetValue(control.Id, out var rule)
            ? rule(facts)
            : ControlResult.Gap("organisational control: no Statement-of-Applicability evidence");

        // Evidence a person recorded in the Statement of Applicability closes what code cannot show.
        if (result.Status != ControlStatus.Evidenced && entry is not null)
        {
            if (GovernanceValueRules.IsFilledIn(entry.Evidence))
            {
                return new ControlResult(ControlStatus.Evidenced, new[] { $"statement of applicability: {entry.Evidence} ({Place(entry.DeclaredAt)})" }, null, null);
            }

            if (GovernanceValueRules.IsPlaceholder(entry.Evidence))
            {
                return result with { Status = ControlStatus.Gap, Evidence = result.Evidence.Concat(new[] { $"statement of applicability: Evidence is the placeholder '{entry.Evidence!.Trim()}'" }).ToList() };
            }
        }

        return result;
    }

    /// <summary>"path:line" of a declaration in this project, "assembly X" of one in a reference.</summary>
    public static string Place(SourceLocation? location) => location switch
    {
        { Path: { } path } => $"{path}:{location.Line}",
        { Assembly: { } assembly } => "assembly " + assembly,
        _ => "an unknown place",
    };

    private static ControlResult ResourceDocumentation(ControlFacts facts)
    {
        if (facts.Systems.Count == 0 && facts.UndeclaredUsages.Count == 0 && facts.UndeclaredTools.Count == 0)
        {
            return NotApplicable();
        }

        var gaps = facts.UndeclaredUsages
            .Select(u => $"undeclared AI usage: {u.CallingMember} calls {u.CalledMember}" + (u.Path is null ? string.Empty : $" at {u.Path}:{u.Line}"))
            .Concat(facts.UndeclaredTools.Select(t => $"undeclared tool: {t.HandingMember} hands {AiToolKinds.Describe(t.Name, t.Implementation, t.Kind)} to a model at {t.Path}:{t.Line}"))
            .Concat(facts.Systems.Where(s => s.DeclaredIn is null).Select(s => $"{s.Id}: joined or used, but declared in no assembly"))
            .ToList();
        return gaps.Count > 0
            ? new ControlResult(ControlStatus.Gap, gaps, null, null)
            : new ControlResult(ControlStatus.Evidenced, facts.Systems.Select(s => $"{s.Id}: declared {DeclaredWhere(s)}").ToList(), null, null);
    }

    private static ControlResult ImpactAssessment(ControlFacts facts) =>
        EverySystem(facts, s => Stated(s.ImpactAssessment, "ImpactAssessment", "impact assessment"));

    private static Evidence ComputingResources(AiSystem system)
    {
        var models = DeclaredModels(system).ToList();
        if (models.Count == 0)
        {
            return Evidence.Missing("no [AiModel] stating where the model runs");
        }

        var unstated = models.Where(m => m.Hosting is null).ToList();
        return unstated.Count == 0
            ? Evidence.Of("models hosted " + string.Join(", ", models.Select(m => $"{m.ModelId}: {m.Hosting}")))
            : Evidence.Missing(string.Join("; ", unstated.Select(m => $"model '{m.ModelId}' does not state Hosting")));
    }

    private static Evidence Deployment(AiSystem system)
    {
        var models = DeclaredModels(system).ToList();
        if (models.Count == 0)
        {
            return Evidence.Missing("no [AiModel]");
        }

        var unpinned = models.Where(model => model.Pinned != true).Select(model => $"model '{model.ModelId}' states no Version and its id is not a known pinned form").ToList();
        return unpinned.Count == 0 ? Evidence.Of(Models(system)) : Evidence.Missing(string.Join("; ", unpinned));
    }

    private static Evidence TechnicalDocumentation(AiSystem system)
    {
        var missing = new[] { ("Purpose", system.Purpose), ("Owner", system.Owner) }
            .Where(member => !GovernanceValueRules.IsFilledIn(member.Item2))
            .Select(member => member.Item1)
            .ToList();
        if (system.Risk == GovernanceEnums.AiRiskLevel.UnsetMember)
        {
            missing.Add("an assessed Risk");
        }

        return missing.Count == 0
            ? Evidence.Of($"purpose, owner and risk '{system.Risk}' declared")
            : Evidence.Missing("no filled-in " + string.Join(", ", missing));
    }

    private static Evidence DataQuality(AiSystem system)
    {
        if (system.DataSources.Count == 0)
        {
            return Evidence.Missing("no [DataSource]");
        }

        var problems = system.DataSources.Select(source => source.ContainsPersonalData switch
        {
            null => $"data source '{source.Name}' does not state ContainsPersonalData",
            true when !GovernanceValueRules.IsFilledIn(source.LawfulBasis) => $"data source '{source.Name}' holds personal data and {Unstated("LawfulBasis", source.LawfulBasis)}",
            _ => null,
        }).OfType<string>().ToList();
        return problems.Count == 0 ? Evidence.Of("data sources state personal data and its lawful basis") : Evidence.Missing(string.Join("; ", problems));
    }

    private static Evidence Suppliers(AiSystem system)
    {
        var models = DeclaredModels(system).ToList();
        if (models.Count == 0)
        {
            return Evidence.Missing("no [AiModel]");
        }

        var problems = models.Select(model =>
        {
            if (GovernanceValueRules.IsFilledIn(model.SupplierAgreement))
            {
                return null;
            }

            var agreement = model.SupplierAgreement;
            return model.Hosting is null ? $"model '{model.ModelId}' states neither Hosting nor a SupplierAgreement{PlaceholderNote(agreement)}"
                : model.Hosting == "Api" ? $"hosted model '{model.ModelId}' {Unstated("SupplierAgreement", agreement)}"
                : null;
        }).OfType<string>().ToList();
        return problems.Count == 0 ? Evidence.Of("supplier agreements of hosted models declared") : Evidence.Missing(string.Join("; ", problems));
    }

    private static IEnumerable<ModelEntry> DeclaredModels(AiSystem system) => system.Models.Where(m => m.Source == ModelEntry.Declared);

    private static string Models(AiSystem system) =>
        "models " + string.Join(", ", DeclaredModels(system).Select(m => $"{m.Provider} {m.ModelId}")
            .Concat(system.CallSites!.Select(c => c.Provider ?? c.Sdk ?? string.Empty)).Distinct(StringComparer.Ordinal).OrderBy(m => m, StringComparer.Ordinal));

    /// <summary>A generative system that serves people owes a disclosure (EU AI Act Art. 50), as AIMS012 reports.</summary>
    private static bool NeedsDisclosure(AiSystem system) =>
        system.ServesPeopleDirectly && system.CallSites!.Any(site => AiCallKinds.IsGenerative(site.Kind));

    /// <summary>A value of the system's declaration that must be filled in.</summary>
    private static Evidence Stated(string? value, string member, string what) =>
        GovernanceValueRules.IsFilledIn(value) ? Evidence.Of($"{what} '{value}'") : Evidence.Missing(Unstated(member, value));

    /// <summary>A fact attribute that must be declared on the system or a piece.</summary>
    private static Evidence Fact(IEnumerable<SourceLocation?> places, string attribute, string what)
    {
        var list = places.ToList();
        return list.Count > 0 ? Evidence.Of($"{what} " + string.Join(", ", list.Select(Place))) : Evidence.Missing($"no {attribute}");
    }

    /// <summary>"no Owner", or "Owner is the placeholder '&lt;owner&gt;'".</summary>
    private static string Unstated(string member, string? value) =>
        GovernanceValueRules.IsPlaceholder(value) ? $"{member} is the placeholder '{value!.Trim()}'" : $"no {member}";

    private static string PlaceholderNote(string? value) =>
        GovernanceValueRules.IsPlaceholder(value) ? $" (SupplierAgreement is the placeholder '{value!.Trim()}')" : string.Empty;

    private static string DeclaredWhere(AiSystem system) =>
        system.DeclaredIn is null ? "nowhere"
        : system.DeclaredAt is { Path: { } } declaredAt ? "at " + Place(declaredAt)
        : "in assembly " + system.DeclaredIn;

    private static ControlResult ManagementSystemStates(ControlFacts facts, params string[] members)
    {
        if (facts.ManagementSystem is not { } declaration)
        {
            return ControlResult.Gap($"no [assembly: AiManagementSystem] with {string.Join(" or ", members)}");
        }

        var values = members.Select(member => (Member: member, Value: ValueOf(declaration, member))).ToList();
        var stated = values.Where(v => GovernanceValueRules.IsFilledIn(v.Value)).ToList();
        return stated.Count > 0
            ? new ControlResult(ControlStatus.Evidenced, stated.Select(v => $"AiManagementSystem.{v.Member} '{v.Value}' ({Place(declaration.DeclaredAt)})").ToList(), null, null)
            : new ControlResult(ControlStatus.Gap, values.Select(v => $"AiManagementSystem: {Unstated(v.Member, v.Value)}").ToList(), null, null);
    }

    private static string? ValueOf(ManagementSystem system, string member) => member switch
    {
        "PolicyReference" => system.PolicyReference,
        "PolicyUri" => system.PolicyUri,
        "IncidentContact" => system.IncidentContact,
        _ => throw new ArgumentOutOfRangeException(nameof(member), member, "no evidence member of [AiManagementSystem]"),
    };

    private static ControlResult EverySystem(ControlFacts facts, Func<AiSystem, Evidence> evaluate)
    {
        if (facts.Systems.Count == 0)
        {
            return NotApplicable();
        }

        var systems = new List<SystemControlStatus>(facts.Systems.Count);
        foreach (var system in facts.Systems)
        {
            var evidence = evaluate(system);
            systems.Add(new SystemControlStatus(system.Id, evidence.Satisfied ? ControlStatus.Evidenced : ControlStatus.Gap, evidence.Text));
        }

        return new ControlResult(ControlStatus.Worst(systems.Select(s => s.Status)), Array.Empty<string>(), null, systems);
    }

    private static ControlResult NotApplicable() =>
        new(ControlStatus.NotApplicable, new[] { "no AI system is declared or used in this assembly" }, null, null);

    /// <summary>One system's evidence for a control, or what is missing.</summary>
    private readonly struct Evidence
    {
        private Evidence(bool satisfied, string text)
        {
            Satisfied = satisfied;
            Text = text;
        }

        public bool Satisfied { get; }

        public string Text { get; }

        public static Evidence Of(string text) => new(true, text);

        public static Evidence Missing(string text) => new(false, text);
    }
}
