using Microsoft.CodeAnalysis;

namespace Aims.Analyzers.Diagnostics;

/// <summary>The descriptors of every rule, each with its help page under docs/rules.</summary>
internal static class DiagnosticDescriptors
{
    public const string HelpLinkBase = "https://github.com/aims-analyzers/Aims.Analyzers/blob/main/docs/rules/";

    public static readonly DiagnosticDescriptor UndeclaredModelCall = new(
        DiagnosticIds.UndeclaredModelCall,
        title: "AI model call not covered by an AI system declaration",
        messageFormat: "'{0}' calls '{1}' ({2}) but no [AiSystem] or [PartOfAiSystem] covers it",
        DiagnosticCategories.Governance,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "Every call that sends data to an AI model belongs to a declared AI system, so that the system appears in the AI inventory with an owner, a purpose and a risk tier (ISO/IEC 42001 A.4.2, A.6.2.2, A.9.4). Declare the system with [AiSystem] on the calling code or an enclosing type, or add the code to an existing system with [PartOfAiSystem].",
        helpLinkUri: HelpLink(DiagnosticIds.UndeclaredModelCall));

    public static readonly DiagnosticDescriptor InvalidModelCallSymbolsOption = new(
        DiagnosticIds.InvalidModelCallSymbolsOption,
        title: "Invalid entry in aims.model_call_symbols",
        messageFormat: "'{0}' in aims.model_call_symbols is not a documentation-comment id such as 'T:Contoso.Llm.Gateway' or 'M:Contoso.Ml.Scorer.Score(System.String)', so calls to it are not detected",
        DiagnosticCategories.Governance,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "Entries of the aims.model_call_symbols option are documentation-comment ids starting with 'T:' (every method of a type) or 'M:' (a method or constructor), separated by ';'. A malformed entry would silently leave a team's own model calls undetected.",
        helpLinkUri: HelpLink(DiagnosticIds.InvalidModelCallSymbolsOption),
        customTags: WellKnownDiagnosticTags.CompilationEnd);

    public static readonly DiagnosticDescriptor HighRiskWithoutOversight = Create(
        DiagnosticIds.HighRiskWithoutOversight,
        "High-risk AI system without human oversight",
        "High-risk AI system '{0}' declares no [HumanOversight] on its declaration or any of its pieces",
        DiagnosticSeverity.Warning,
        "A high-risk AI system must be designed so that people can oversee it: understand, interpret, override and stop it (EU AI Act Art. 14). Declare who oversees it and how with [HumanOversight]; it is evidence for ISO/IEC 42001 A.9.2, A.6.2.6 and A.3.2.");

    public static readonly DiagnosticDescriptor SystemWithoutDataSource = Create(
        DiagnosticIds.SystemWithoutDataSource,
        "AI system without a declared data source",
        "AI system '{0}' declares no [DataSource] on its declaration or any of its pieces",
        DiagnosticSeverity.Warning,
        "Data provenance is part of ISO/IEC 42001 A.7.5 and of the data governance of EU AI Act Art. 10. Declare every data source the system sends to or retrieves for the model with [DataSource].");

    public static readonly DiagnosticDescriptor SystemWithoutOwnerOrPurpose = Create(
        DiagnosticIds.SystemWithoutOwnerOrPurpose,
        "AI system without an accountable owner or intended purpose",
        "AI system '{0}' has no {1}",
        DiagnosticSeverity.Warning,
        "Every AI system has an accountable owner (ISO/IEC 42001 A.3.2) and a stated intended purpose (A.9.4; EU AI Act Art. 13). Set Owner and Purpose on [AiSystem].");

    public static readonly DiagnosticDescriptor HighRiskWithoutImpactAssessment = Create(
        DiagnosticIds.HighRiskWithoutImpactAssessment,
        "High-risk AI system without an impact assessment reference",
        "High-risk AI system '{0}' has no ImpactAssessment reference",
        DiagnosticSeverity.Warning,
        "ISO/IEC 42001 A.5.2 and A.5.3 require an AI system impact assessment, and EU AI Act Art. 27 a fundamental-rights impact assessment for many high-risk deployments. Reference it with ImpactAssessment on [AiSystem].");

    public static readonly DiagnosticDescriptor DuplicateSystemId = Create(
        DiagnosticIds.DuplicateSystemId,
        "The same AI system id is declared twice",
        "AI system id '{0}' is also declared at {1}; each system is declared once and joined elsewhere with [PartOfAiSystem]",
        DiagnosticSeverity.Error,
        "An AI system id names one entry of the AI inventory (ISO/IEC 42001 A.4.2). Two declarations with one id make the inventory ambiguous. Keep one [AiSystem] and mark the other code [PartOfAiSystem], or give the second system its own id.");

    public static readonly DiagnosticDescriptor InvalidGovernanceValue = Create(
        DiagnosticIds.InvalidGovernanceValue,
        "Invalid governance attribute value",
        "{0}",
        DiagnosticSeverity.Error,
        "Governance values are read by tools and auditors: ids follow a fixed grammar, control ids name ISO/IEC 42001 Annex A controls, enum values are defined, dates are ISO 8601 and URIs are absolute.");

    public static readonly DiagnosticDescriptor ProhibitedPractice = Create(
        DiagnosticIds.ProhibitedPractice,
        "AI system declared with a prohibited practice",
        "AI system '{0}' is declared with Risk = AiRiskLevel.Prohibited: EU AI Act Art. 5 forbids placing it on the market, putting it into service or using it",
        DiagnosticSeverity.Error,
        "EU AI Act Art. 5 lists AI practices that are prohibited in the Union. A system assessed as such must not be built or used.");

    public static readonly DiagnosticDescriptor UnknownSystemId = Create(
        DiagnosticIds.UnknownSystemId,
        "[PartOfAiSystem] names an AI system that is declared nowhere",
        "No [AiSystem(\"{0}\")] is declared in this project or its references",
        DiagnosticSeverity.Error,
        "A piece of an AI system joins a system declared with [AiSystem] in the same project or a referenced one. An unknown id leaves the piece, and the model calls it covers, out of every inventory.");

    public static readonly DiagnosticDescriptor UnpinnedModel = Create(
        DiagnosticIds.UnpinnedModel,
        "Model identifier not pinned to a version or dated snapshot",
        "Model '{0}' ({1}) is not pinned to a version or dated snapshot{2}",
        DiagnosticSeverity.Warning,
        "A model alias such as 'gpt-4o' moves to new snapshots without a code change, so verified behaviour can change silently (ISO/IEC 42001 A.6.2.4, A.6.2.5, A.10.3; EU AI Act Art. 15). Use a dated snapshot or an explicit version.");

    public static readonly DiagnosticDescriptor PersonalDataWithoutLawfulBasis = Create(
        DiagnosticIds.PersonalDataWithoutLawfulBasis,
        "Data source with personal data and no lawful basis",
        "Data source '{0}' contains personal data but states no LawfulBasis",
        DiagnosticSeverity.Warning,
        "Processing personal data needs a lawful basis (GDPR Art. 6), and ISO/IEC 42001 A.7.4 and EU AI Act Art. 10(5) ask for it to be documented. Set LawfulBasis on [DataSource].");

    public static readonly DiagnosticDescriptor MissingDisclosure = Create(
        DiagnosticIds.MissingDisclosure,
        "Generative or conversational AI system that serves people without a disclosure",
        "AI system '{0}' makes {1} model calls and serves people, but declares no [AiDisclosure]",
        DiagnosticSeverity.Warning,
        "People must be told that they interact with an AI system and synthetic content must be marked (EU AI Act Art. 50; ISO/IEC 42001 A.8.2). Declare the disclosure with [AiDisclosure], or set ServesPeopleDirectly = false on a system that only serves other software.",
        WellKnownDiagnosticTags.CompilationEnd);

    public static readonly DiagnosticDescriptor HighRiskWithoutEventLogging = Create(
        DiagnosticIds.HighRiskWithoutEventLogging,
        "High-risk AI system without event logging",
        "High-risk AI system '{0}' declares no [AiEventLogging] on its declaration or any of its pieces",
        DiagnosticSeverity.Warning,
        "High-risk AI systems record events automatically over their lifetime (EU AI Act Art. 12) and keep the logs at least six months (Art. 19, 26(6)); ISO/IEC 42001 A.6.2.8 asks for event logs. Declare them with [AiEventLogging].");

    public static readonly DiagnosticDescriptor LiteralCredential = Create(
        DiagnosticIds.LiteralCredential,
        "Credential written as a literal where an AI client is created",
        "A credential is written as a literal where '{0}' is created; read it from configuration or a secret store",
        DiagnosticSeverity.Warning,
        "A key in source code ends up in version control, build logs and binaries. ISO/IEC 42001 A.6.2.5 (deployment) and EU AI Act Art. 15(5) (cybersecurity) ask for it to be protected. Read it from an environment variable, configuration or a secret store.");

    public static readonly DiagnosticDescriptor ExclusionWithoutJustification = Create(
        DiagnosticIds.ExclusionWithoutJustification,
        "Statement-of-Applicability exclusion without a justification",
        "Annex A control '{0}' is excluded without a Justification",
        DiagnosticSeverity.Warning,
        "ISO/IEC 42001 clause 6.1.3 f requires the Statement of Applicability to justify every excluded Annex A control. Set Justification on [AiControlApplicability].");

    public static readonly DiagnosticDescriptor StaleDeclaration = Create(
        DiagnosticIds.StaleDeclaration,
        "AI system declaration covers no AI model call",
        "AI system '{0}' covers no AI model call and has no [PartOfAiSystem] pieces; remove the declaration or move it to the code that calls the model",
        DiagnosticSeverity.Info,
        "An [AiSystem] that covers no model call and has no pieces is probably stale: the code it described moved or was removed, and the inventory lists a system that does not exist (ISO/IEC 42001 A.4.2).",
        WellKnownDiagnosticTags.CompilationEnd);

    public static readonly DiagnosticDescriptor Placeholder = Create(
        DiagnosticIds.Placeholder,
        "A governance value is still a placeholder",
        "{0} is still the placeholder '{1}': replace it with the real value",
        DiagnosticSeverity.Warning,
        "Code fixes insert placeholders (\"<...>\", \"TODO...\") for what only a person can know, such as a purpose, an owner or a reviewer. This rule keeps the gap visible until someone fills it in.");

    public static readonly DiagnosticDescriptor UnassessedRisk = Create(
        DiagnosticIds.UnassessedRisk,
        "AI system whose risk is not assessed",
        "AI system '{0}' has Risk = AiRiskLevel.Unassessed: assess its risk and set Minimal, Limited, High or Prohibited",
        DiagnosticSeverity.Warning,
        "ISO/IEC 42001 clauses 6.1.2 and 8.2 require an AI risk assessment, and the EU AI Act's duties depend on the risk tier (Art. 5, 6, 50). Unassessed is the value when Risk is not set.");

    public static string HelpLink(string id) => HelpLinkBase + id + ".md";

    private static DiagnosticDescriptor Create(string id, string title, string message, DiagnosticSeverity severity, string description, params string[] customTags) =>
        new(id, title, message, DiagnosticCategories.Governance, severity, isEnabledByDefault: true, description, HelpLink(id), customTags);
}
