using System;
using System.Collections.Generic;
using System.Linq;
using Aims.Analyzers.Declarations;
using Aims.Analyzers.Detection;
using Aims.Analyzers.Model;

namespace Aims.Analyzers.Manifest;

/// <summary>
/// Decides, control by control, whether the code evidences an ISO/IEC 42001 Annex A control; docs/iso42001-mapping.md
/// states the same rules. A value counts only when it is filled in: a placeholder is a gap, and the evidence says which.
/// A Statement-of-Applicability entry excludes a control, or supplies the evidence of one that code cannot show.
/// </summary>
internal static class ControlEvaluator
{
    private static readonly Dictionary<string, Func<ManifestContent, ControlResult>> CodeRules = new(StringComparer.Ordinal)
    {
        ["A.2.2"] = content => ManagementSystem(content, "PolicyReference", "PolicyUri"),
        ["A.3.2"] = content => EverySystem(content, s => Stated(s, "Owner", "owner")),
        ["A.3.3"] = content => ManagementSystem(content, "IncidentContact"),
        ["A.4.2"] = ResourceDocumentation,
        ["A.4.3"] = content => EverySystem(content, s => Fact(content, s, AimsAttributeNames.DataSource, "data source")),
        ["A.4.4"] = content => EverySystem(content, s => s.Has(AimsAttributeNames.AiModel) || s.CallSites.Count > 0 ? Evidence.Of(Models(s)) : Evidence.Missing("no model declared or called")),
        ["A.4.5"] = content => EverySystem(content, ComputingResources),
        ["A.5.2"] = ImpactAssessment,
        ["A.5.3"] = ImpactAssessment,
        ["A.5.4"] = ImpactAssessment,
        ["A.5.5"] = ImpactAssessment,
        ["A.6.2.2"] = content => EverySystem(content, s => Stated(s, "Purpose", "purpose")),
        ["A.6.2.3"] = content => EverySystem(content, s => Fact(content, s, AimsAttributeNames.AiModel, "model")),
        ["A.6.2.4"] = content => EverySystem(content, s => Fact(content, s, AimsAttributeNames.AiEvaluation, "evaluation")),
        ["A.6.2.5"] = content => EverySystem(content, Deployment),
        ["A.6.2.6"] = content => EverySystem(content, s => s.Has(AimsAttributeNames.HumanOversight) || s.Has(AimsAttributeNames.AiEventLogging)
            ? Evidence.Of("oversight or event logging declared")
            : Evidence.Missing("neither [HumanOversight] nor [AiEventLogging]")),
        ["A.6.2.7"] = content => EverySystem(content, TechnicalDocumentation),
        ["A.6.2.8"] = content => EverySystem(content, s => Fact(content, s, AimsAttributeNames.AiEventLogging, "event logging")),
        ["A.7.3"] = content => EverySystem(content, s => Fact(content, s, AimsAttributeNames.DataSource, "data source")),
        ["A.7.4"] = content => EverySystem(content, DataQuality),
        ["A.7.5"] = content => EverySystem(content, s => Fact(content, s, AimsAttributeNames.DataSource, "data source")),
        ["A.8.2"] = content => content.Systems.Any(s => s.NeedsDisclosure)
            ? EverySystem(content, s => !s.NeedsDisclosure ? Evidence.Of("no disclosure owed")
                : s.Has(AimsAttributeNames.AiDisclosure) ? Evidence.Of("disclosure declared")
                : Evidence.Missing("a generative system serving people without [AiDisclosure]"))
            : NotApplicable(),
        ["A.8.4"] = content => ManagementSystem(content, "IncidentContact"),
        ["A.9.2"] = content => EverySystem(content, s => Fact(content, s, AimsAttributeNames.HumanOversight, "human oversight")),
        ["A.9.4"] = content => EverySystem(content, s => Stated(s, "Purpose", "intended purpose")),
        ["A.10.3"] = content => EverySystem(content, Suppliers),
    };

    public static ControlResult Evaluate(AnnexAControl control, ManifestContent content)
    {
        var entry = content.Graph.Applicability.FirstOrDefault(use => use.Value("ControlId") == control.Id);
        if (entry is not null && entry.Value("Applicable") == "false")
        {
            var justification = entry.Value("Justification");
            return GovernanceValueRules.IsFilledIn(justification)
                ? new ControlResult(ControlStatus.Excluded, Array.Empty<string>(), justification)
                : new ControlResult(ControlStatus.Gap, new[] { $"excluded by the Statement of Applicability at {Place(entry, content)}, but {Unstated("Justification", justification)}" });
        }

        var result = CodeRules.TryGetValue(control.Id, out var rule)
            ? rule(content)
            : new ControlResult(ControlStatus.Gap, new[] { "organisational control: no Statement-of-Applicability evidence" });

        // Evidence a person recorded in the Statement of Applicability closes what code cannot show.
        if (result.Status != ControlStatus.Evidenced && entry is not null)
        {
            var evidence = entry.Value("Evidence");
            if (GovernanceValueRules.IsFilledIn(evidence))
            {
                return new ControlResult(ControlStatus.Evidenced, new[] { $"statement of applicability: {evidence} ({Place(entry, content)})" });
            }

            if (GovernanceValueRules.IsPlaceholder(evidence))
            {
                return new ControlResult(ControlStatus.Gap, result.Evidence.Concat(new[] { $"statement of applicability: Evidence is the placeholder '{evidence!.Trim()}'" }).ToList());
            }
        }

        return result;
    }

    public static string Place(AttributeUseModel use, ManifestContent content) =>
        use.Location is { } location ? Place(location, content) : "assembly " + use.Assembly;

    public static string Place(SourceLocation location, ManifestContent content) =>
        $"{ManifestPaths.Relative(location.Path, content.Context.ProjectDirectory)}:{location.Line}";

    private static ControlResult ResourceDocumentation(ManifestContent content)
    {
        if (content.Systems.Count == 0 && content.UndeclaredUsages.Count == 0)
        {
            return NotApplicable();
        }

        var gaps = content.UndeclaredUsages
            .Select(u => $"undeclared AI usage: {u.CallingMember} calls {u.CalledMember} at {Place(u.Location, content)}")
            .Concat(content.Systems.Where(s => s.Node.Declaration is null).Select(s => $"{s.Id}: joined or used, but declared in no assembly"))
            .ToList();
        return gaps.Count > 0
            ? new ControlResult(ControlStatus.Gap, gaps)
            : new ControlResult(ControlStatus.Evidenced, content.Systems.Select(s => $"{s.Id}: declared {DeclaredWhere(s, content)}").ToList());
    }

    private static ControlResult ImpactAssessment(ManifestContent content) =>
        EverySystem(content, s => Stated(s, "ImpactAssessment", "impact assessment"));

    private static Evidence ComputingResources(ManifestSystem system)
    {
        var models = system.FactsOf(AimsAttributeNames.AiModel).ToList();
        if (models.Count == 0)
        {
            return Evidence.Missing("no [AiModel] stating where the model runs");
        }

        var unstated = models.Where(m => !HostingIsStated(m)).ToList();
        return unstated.Count == 0
            ? Evidence.Of("models hosted " + string.Join(", ", models.Select(m => $"{m.Value("ModelId")}: {m.Value("Hosting")}")))
            : Evidence.Missing(string.Join("; ", unstated.Select(m => $"model '{m.Value("ModelId")}' does not state Hosting")));
    }

    private static Evidence Deployment(ManifestSystem system)
    {
        var models = system.FactsOf(AimsAttributeNames.AiModel).ToList();
        if (models.Count == 0)
        {
            return Evidence.Missing("no [AiModel]");
        }

        var unpinned = models.Where(model => !IsPinned(model)).Select(model => $"model '{model.Value("ModelId")}' states no Version and its id is not a known pinned form").ToList();
        return unpinned.Count == 0 ? Evidence.Of(Models(system)) : Evidence.Missing(string.Join("; ", unpinned));
    }

    private static Evidence TechnicalDocumentation(ManifestSystem system)
    {
        var missing = new[] { "Purpose", "Owner" }.Where(member => !GovernanceValueRules.IsFilledIn(system.Node.Value(member))).ToList();
        if (system.Node.Risk == GovernanceEnums.AiRiskLevel.UnsetMember)
        {
            missing.Add("an assessed Risk");
        }

        return missing.Count == 0
            ? Evidence.Of($"purpose, owner and risk '{system.Node.Risk}' declared")
            : Evidence.Missing("no filled-in " + string.Join(", ", missing));
    }

    private static Evidence DataQuality(ManifestSystem system)
    {
        var sources = system.FactsOf(AimsAttributeNames.DataSource).ToList();
        if (sources.Count == 0)
        {
            return Evidence.Missing("no [DataSource]");
        }

        var problems = sources.Select(source => source.Value("ContainsPersonalData") switch
        {
            null => $"data source '{source.Value("Name")}' does not state ContainsPersonalData",
            "true" when !GovernanceValueRules.IsFilledIn(source.Value("LawfulBasis")) => $"data source '{source.Value("Name")}' holds personal data and {Unstated("LawfulBasis", source.Value("LawfulBasis"))}",
            _ => null,
        }).OfType<string>().ToList();
        return problems.Count == 0 ? Evidence.Of("data sources state personal data and its lawful basis") : Evidence.Missing(string.Join("; ", problems));
    }

    private static Evidence Suppliers(ManifestSystem system)
    {
        var models = system.FactsOf(AimsAttributeNames.AiModel).ToList();
        if (models.Count == 0)
        {
            return Evidence.Missing("no [AiModel]");
        }

        var problems = models.Select(model =>
        {
            if (GovernanceValueRules.IsFilledIn(model.Value("SupplierAgreement")))
            {
                return null;
            }

            var agreement = model.Value("SupplierAgreement");
            return !HostingIsStated(model) ? $"model '{model.Value("ModelId")}' states neither Hosting nor a SupplierAgreement{PlaceholderNote(agreement)}"
                : model.Value("Hosting") == "Api" ? $"hosted model '{model.Value("ModelId")}' {Unstated("SupplierAgreement", agreement)}"
                : null;
        }).OfType<string>().ToList();
        return problems.Count == 0 ? Evidence.Of("supplier agreements of hosted models declared") : Evidence.Missing(string.Join("; ", problems));
    }

    private static bool HostingIsStated(AttributeUseModel model) =>
        model.Argument("Hosting") is { Kind: AttributeValueKind.Enum, Value: { } hosting } && hosting != GovernanceEnums.AiModelHosting.UnsetMember;

    // Evidence needs certainty where AIMS010 gives the benefit of the doubt: only a stated Version, or an id in the pinned
    // form of its named provider, shows a pinned deployment.
    private static bool IsPinned(AttributeUseModel model) =>
        GovernanceValueRules.IsFilledIn(model.Value("Version")) ||
        (model.Value("ModelId") is { } id && ModelProviders.IsCertainlyPinned(ModelProviders.OfName(model.Value("Provider")), id));

    private static string Models(ManifestSystem system) =>
        "models " + string.Join(", ", system.FactsOf(AimsAttributeNames.AiModel).Select(m => $"{m.Value("Provider")} {m.Value("ModelId")}")
            .Concat(system.CallSites.Select(c => c.Provider ?? c.Sdk)).Distinct(StringComparer.Ordinal).OrderBy(m => m, StringComparer.Ordinal));

    /// <summary>A value of the system's declaration that must be filled in.</summary>
    private static Evidence Stated(ManifestSystem system, string member, string what)
    {
        var value = system.Node.Value(member);
        return GovernanceValueRules.IsFilledIn(value) ? Evidence.Of($"{what} '{value}'") : Evidence.Missing(Unstated(member, value));
    }

    /// <summary>A fact attribute that must be declared on the system or a piece.</summary>
    private static Evidence Fact(ManifestContent content, ManifestSystem system, string attributeName, string what) =>
        system.Has(attributeName)
            ? Evidence.Of($"{what} " + string.Join(", ", system.FactsOf(attributeName).Select(f => Place(f, content))))
            : Evidence.Missing($"no [{GovernanceAttributeSchema.Find(attributeName)?.ShortName ?? attributeName}]");

    /// <summary>"no Owner", or "Owner is the placeholder '&lt;owner&gt;'".</summary>
    private static string Unstated(string member, string? value) =>
        GovernanceValueRules.IsPlaceholder(value) ? $"{member} is the placeholder '{value!.Trim()}'" : $"no {member}";

    private static string PlaceholderNote(string? value) =>
        GovernanceValueRules.IsPlaceholder(value) ? $" (SupplierAgreement is the placeholder '{value!.Trim()}')" : string.Empty;

    private static string DeclaredWhere(ManifestSystem system, ManifestContent content) =>
        system.Node.Declaration is { } declaration ? (declaration.Location is { } location ? "at " + Place(location, content) : "in assembly " + declaration.Assembly) : "nowhere";

    private static ControlResult ManagementSystem(ManifestContent content, params string[] members)
    {
        var declaration = content.Graph.ManagementSystem;
        if (declaration is null)
        {
            return new ControlResult(ControlStatus.Gap, new[] { $"no [assembly: AiManagementSystem] with {string.Join(" or ", members)}" });
        }

        var stated = members.Where(member => GovernanceValueRules.IsFilledIn(declaration.Value(member))).ToList();
        return stated.Count > 0
            ? new ControlResult(ControlStatus.Evidenced, stated.Select(member => $"AiManagementSystem.{member} '{declaration.Value(member)}' ({Place(declaration, content)})").ToList())
            : new ControlResult(ControlStatus.Gap, members.Select(member => $"AiManagementSystem: {Unstated(member, declaration.Value(member))}").ToList());
    }

    private static ControlResult EverySystem(ManifestContent content, Func<ManifestSystem, Evidence> evaluate)
    {
        if (content.Systems.Count == 0)
        {
            return NotApplicable();
        }

        var results = content.Systems.Select(system => (system.Id, Evidence: evaluate(system))).ToList();
        var gaps = results.Where(r => !r.Evidence.Satisfied).Select(r => $"{r.Id}: {r.Evidence.Text}").ToList();
        return gaps.Count > 0
            ? new ControlResult(ControlStatus.Gap, gaps)
            : new ControlResult(ControlStatus.Evidenced, results.Select(r => $"{r.Id}: {r.Evidence.Text}").ToList());
    }

    private static ControlResult NotApplicable() => new(ControlStatus.NotApplicable, new[] { "no AI system is declared or used in this assembly" });

    /// <summary>One system's evidence for a control, or what is missing.</summary>
    private readonly record struct Evidence(bool Satisfied, string Text)
    {
        public static Evidence Of(string text) => new(true, text);

        public static Evidence Missing(string text) => new(false, text);
    }
}
