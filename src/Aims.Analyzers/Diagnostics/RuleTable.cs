using System.Collections.Immutable;
using Aims.Analyzers.Rules;
using Aims.Manifest.Build;
using Aims.Manifest.Policy;
using Microsoft.CodeAnalysis;

namespace Aims.Analyzers.Diagnostics;

/// <summary>
/// The one table of rules, and of the inventory records (AIMS021 to AIMS023, AIMS026), which are no findings but the channel by
/// which a build's AI calls reach its manifest. Each descriptor is written here with constants, so the release-tracking analyzer checks it;
/// the analysis-mode globalconfigs, docs/rules/README.md, every rule page's header and the README's rule table are
/// checked against the table by tests.
/// Ids are public contract: never reuse or renumber.
/// </summary>
internal static class RuleTable
{
    private static readonly DiagnosticDescriptor Aims001 = new DiagnosticDescriptor(
        "AIMS001",
        "AI model call not covered by an AI system declaration",
        "'{0}' calls '{1}' ({2}) but no [AiSystem] or [PartOfAiSystem] covers it{3}",
        RuleDefinition.Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        "Every call that sends data to an AI model belongs to a declared AI system, so that the system appears in the AI inventory with an owner, a purpose and a risk tier (ISO/IEC 42001 A.4.2, A.6.2.2, A.9.4). Declare the system with [AiSystem] on the calling code or an enclosing type, or add the code to an existing system with [PartOfAiSystem].",
        RuleDefinition.HelpLinkBase + "AIMS001.md");

    public static readonly RuleDefinition UndeclaredModelCall = new(
        Aims001,
        RuleSeverity.Warning, RuleSeverity.Error,
        "A.4.2 Resource documentation, A.6.2.2 AI system requirements and specification, A.9.4 Intended use of the AI system",
        "Art. 6 and Annex III (classification), Art. 11 and Annex IV (technical documentation), Art. 26 (deployer obligations), Art. 50 (transparency)",
        nameof(ModelCallCoverageAnalyzer), hasCodeFix: true);

    private static readonly DiagnosticDescriptor Aims002 = new DiagnosticDescriptor(
        "AIMS002",
        "High-risk AI system without human oversight",
        "High-risk AI system '{0}' declares no [HumanOversight] on its declaration or any of its pieces",
        RuleDefinition.Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        "A high-risk AI system must be designed so that people can oversee it: understand, interpret, override and stop it (EU AI Act Art. 14). Declare who oversees it and how with [HumanOversight]; it is evidence for ISO/IEC 42001 A.9.2, A.6.2.6 and A.3.2.",
        RuleDefinition.HelpLinkBase + "AIMS002.md");

    public static readonly RuleDefinition HighRiskWithoutOversight = new(
        Aims002,
        RuleSeverity.Suggestion, RuleSeverity.Error,
        "A.9.2 Processes for responsible use, A.6.2.6 Operation and monitoring, A.3.2 Roles and responsibilities",
        "Art. 14 (human oversight)",
        nameof(HighRiskDutiesAnalyzer), hasCodeFix: true);

    private static readonly DiagnosticDescriptor Aims003 = new DiagnosticDescriptor(
        "AIMS003",
        "AI system without a declared data source",
        "AI system '{0}' declares no [DataSource] on its declaration or any of its pieces",
        RuleDefinition.Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        "Data provenance is part of ISO/IEC 42001 A.7.5 and of the data governance of EU AI Act Art. 10. Declare every data source the system sends to or retrieves for the model with [DataSource].",
        RuleDefinition.HelpLinkBase + "AIMS003.md");

    public static readonly RuleDefinition SystemWithoutDataSource = new(
        Aims003,
        RuleSeverity.Suggestion, RuleSeverity.Error,
        "A.7.5 Data provenance, A.4.3 Data resources",
        "Art. 10 (data and data governance)",
        nameof(DataGovernanceAnalyzer), hasCodeFix: true);

    private static readonly DiagnosticDescriptor Aims004 = new DiagnosticDescriptor(
        "AIMS004",
        "AI system without an accountable owner or intended purpose",
        "AI system '{0}' has no {1}",
        RuleDefinition.Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        "Every AI system has an accountable owner (ISO/IEC 42001 A.3.2) and a stated intended purpose (A.9.4; EU AI Act Art. 13). Set Owner and Purpose on [AiSystem].",
        RuleDefinition.HelpLinkBase + "AIMS004.md");

    public static readonly RuleDefinition SystemWithoutOwnerOrPurpose = new(
        Aims004,
        RuleSeverity.Suggestion, RuleSeverity.Error,
        "A.3.2 AI roles and responsibilities, A.9.4 Intended use of the AI system",
        "Art. 13 (transparency and instructions for use)",
        nameof(AccountabilityAnalyzer), hasCodeFix: true);

    private static readonly DiagnosticDescriptor Aims005 = new DiagnosticDescriptor(
        "AIMS005",
        "High-risk AI system without an impact assessment reference",
        "High-risk AI system '{0}' has no ImpactAssessment reference",
        RuleDefinition.Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        "ISO/IEC 42001 A.5.2 and A.5.3 require an AI system impact assessment, and EU AI Act Art. 27 a fundamental-rights impact assessment for many high-risk deployments. Reference it with ImpactAssessment on [AiSystem].",
        RuleDefinition.HelpLinkBase + "AIMS005.md");

    public static readonly RuleDefinition HighRiskWithoutImpactAssessment = new(
        Aims005,
        RuleSeverity.Suggestion, RuleSeverity.Error,
        "A.5.2 AI system impact assessment process, A.5.3 Documentation of AI system impact assessments",
        "Art. 27 (fundamental rights impact assessment)",
        nameof(HighRiskDutiesAnalyzer), hasCodeFix: true);

    private static readonly DiagnosticDescriptor Aims006 = new DiagnosticDescriptor(
        "AIMS006",
        "The same AI system id is declared twice",
        "AI system id '{0}' is also declared at {1}; each system is declared once and joined elsewhere with [PartOfAiSystem]",
        RuleDefinition.Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        "An AI system id names one entry of the AI inventory (ISO/IEC 42001 A.4.2). Two declarations with one id make the inventory ambiguous. Keep one [AiSystem] and mark the other code [PartOfAiSystem], or give the second system its own id.",
        RuleDefinition.HelpLinkBase + "AIMS006.md");

    public static readonly RuleDefinition DuplicateSystemId = new(
        Aims006,
        RuleSeverity.Error, RuleSeverity.Error,
        "A.4.2 Resource documentation",
        "Art. 11 and Annex IV (technical documentation)",
        nameof(SystemIdentityAnalyzer));

    private static readonly DiagnosticDescriptor Aims007 = new DiagnosticDescriptor(
        "AIMS007",
        "Invalid governance attribute value",
        "{0}",
        RuleDefinition.Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        "Governance values are read by tools and auditors: ids follow a fixed grammar, control ids name ISO/IEC 42001 Annex A controls, enum values are defined, dates are ISO 8601 and URIs are absolute.",
        RuleDefinition.HelpLinkBase + "AIMS007.md");

    public static readonly RuleDefinition InvalidGovernanceValue = new(
        Aims007,
        RuleSeverity.Error, RuleSeverity.Error,
        "A.4.2 Resource documentation, A.6.2.3 Documentation of AI system design and development",
        "Art. 11 and Annex IV (technical documentation)",
        nameof(GovernanceValueAnalyzer));

    private static readonly DiagnosticDescriptor Aims008 = new DiagnosticDescriptor(
        "AIMS008",
        "AI system declared with a prohibited practice",
        "AI system '{0}' is declared with Risk = AiRiskLevel.Prohibited: the EU AI Act (Article 5) forbids placing it on the market, putting it into service or using it",
        RuleDefinition.Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        "EU AI Act Art. 5 lists AI practices that are prohibited in the Union. A system assessed as such must not be built or used.",
        RuleDefinition.HelpLinkBase + "AIMS008.md");

    public static readonly RuleDefinition ProhibitedPractice = new(
        Aims008,
        RuleSeverity.Error, RuleSeverity.Error,
        "A.5.4 Assessing AI system impact on individuals or groups of individuals, A.9.3 Objectives for responsible use",
        "Art. 5 (prohibited AI practices)",
        nameof(RiskTierAnalyzer));

    private static readonly DiagnosticDescriptor Aims009 = new DiagnosticDescriptor(
        "AIMS009",
        "[PartOfAiSystem] names an AI system that is declared nowhere",
        "No [AiSystem(\"{0}\")] is declared in this project or its references",
        RuleDefinition.Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        "A piece of an AI system joins a system declared with [AiSystem] in the same project or a referenced one. An unknown id leaves the piece, and the model calls it covers, out of every inventory.",
        RuleDefinition.HelpLinkBase + "AIMS009.md");

    public static readonly RuleDefinition UnknownSystemId = new(
        Aims009,
        RuleSeverity.Error, RuleSeverity.Error,
        "A.4.2 Resource documentation",
        "Art. 11 and Annex IV (technical documentation)",
        nameof(SystemIdentityAnalyzer));

    private static readonly DiagnosticDescriptor Aims010 = new DiagnosticDescriptor(
        "AIMS010",
        "Model identifier not pinned to a version or dated snapshot",
        "Model '{0}' ({1}) is not pinned to a version or dated snapshot{2}",
        RuleDefinition.Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        "A model alias such as 'gpt-4o' moves to new snapshots without a code change, so verified behaviour can change silently (ISO/IEC 42001 A.6.2.4, A.6.2.5, A.10.3; EU AI Act Art. 15). Use a dated snapshot or an explicit version.",
        RuleDefinition.HelpLinkBase + "AIMS010.md");

    public static readonly RuleDefinition UnpinnedModel = new(
        Aims010,
        RuleSeverity.Suggestion, RuleSeverity.Error,
        "A.6.2.4 Verification and validation, A.6.2.5 Deployment, A.10.3 Suppliers",
        "Art. 15 (accuracy, robustness); Annex IV 1(b)",
        nameof(ModelPinningAnalyzer));

    private static readonly DiagnosticDescriptor Aims011 = new DiagnosticDescriptor(
        "AIMS011",
        "Data source with personal data and no lawful basis",
        "Data source '{0}' contains personal data but states no LawfulBasis",
        RuleDefinition.Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        "Processing personal data needs a lawful basis (GDPR Art. 6), and ISO/IEC 42001 A.7.4 and EU AI Act Art. 10(5) ask for it to be documented. Set LawfulBasis on [DataSource].",
        RuleDefinition.HelpLinkBase + "AIMS011.md");

    public static readonly RuleDefinition PersonalDataWithoutLawfulBasis = new(
        Aims011,
        RuleSeverity.Warning, RuleSeverity.Error,
        "A.7.4 Quality of data for AI systems, A.7.5 Data provenance",
        "Art. 10(5) (processing of special categories for bias detection); GDPR Art. 6",
        nameof(DataGovernanceAnalyzer), hasCodeFix: true);

    private static readonly DiagnosticDescriptor Aims012 = new DiagnosticDescriptor(
        "AIMS012",
        "Generative or conversational AI system that serves people without a disclosure",
        "AI system '{0}' makes {1} model calls and serves people, but declares no [AiDisclosure]",
        RuleDefinition.Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        "People must be told that they interact with an AI system and synthetic content must be marked (EU AI Act Art. 50; ISO/IEC 42001 A.8.2). Declare the disclosure with [AiDisclosure], or set ServesPeopleDirectly = false on a system that only serves other software.",
        RuleDefinition.HelpLinkBase + "AIMS012.md",
        customTags: WellKnownDiagnosticTags.CompilationEnd);

    public static readonly RuleDefinition MissingDisclosure = new(
        Aims012,
        RuleSeverity.Suggestion, RuleSeverity.Error,
        "A.8.2 System documentation and information for users",
        "Art. 50 (transparency obligations)",
        nameof(ModelCallCoverageAnalyzer));

    private static readonly DiagnosticDescriptor Aims013 = new DiagnosticDescriptor(
        "AIMS013",
        "High-risk AI system without event logging",
        "High-risk AI system '{0}' declares no [AiEventLogging] on its declaration or any of its pieces",
        RuleDefinition.Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        "High-risk AI systems record events automatically over their lifetime (EU AI Act Art. 12) and keep the logs at least six months (Art. 19, 26(6)); ISO/IEC 42001 A.6.2.8 asks for event logs. Declare them with [AiEventLogging].",
        RuleDefinition.HelpLinkBase + "AIMS013.md");

    public static readonly RuleDefinition HighRiskWithoutEventLogging = new(
        Aims013,
        RuleSeverity.Suggestion, RuleSeverity.Error,
        "A.6.2.8 AI system recording of event logs",
        "Art. 12 (record-keeping), Art. 19 and 26(6) (log retention)",
        nameof(HighRiskDutiesAnalyzer), hasCodeFix: true);

    private static readonly DiagnosticDescriptor Aims014 = new DiagnosticDescriptor(
        "AIMS014",
        "Credential written as a literal where an AI client is created",
        "A credential is written as a literal where '{0}' is created; read it from configuration or a secret store",
        RuleDefinition.Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        "A key in source code ends up in version control, build logs and binaries. ISO/IEC 42001 A.6.2.5 (deployment) and EU AI Act Art. 15(5) (cybersecurity) ask for it to be protected. Read it from an environment variable, configuration or a secret store.",
        RuleDefinition.HelpLinkBase + "AIMS014.md");

    public static readonly RuleDefinition LiteralCredential = new(
        Aims014,
        RuleSeverity.Warning, RuleSeverity.Error,
        "A.6.2.5 AI system deployment, A.4.4 Tooling resources",
        "Art. 15(5) (cybersecurity)",
        nameof(LiteralCredentialAnalyzer), hasCodeFix: true);

    private static readonly DiagnosticDescriptor Aims015 = new DiagnosticDescriptor(
        "AIMS015",
        "Statement-of-Applicability exclusion without a justification",
        "Annex A control '{0}' is excluded without a Justification",
        RuleDefinition.Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        "ISO/IEC 42001 clause 6.1.3 f requires the Statement of Applicability to justify every excluded Annex A control. Set Justification on [AiControlApplicability].",
        RuleDefinition.HelpLinkBase + "AIMS015.md");

    public static readonly RuleDefinition ExclusionWithoutJustification = new(
        Aims015,
        RuleSeverity.Suggestion, RuleSeverity.Error,
        "clause 6.1.3 f (Statement of Applicability), all Annex A controls",
        "Art. 17 (quality management system)",
        nameof(ApplicabilityAnalyzer), hasCodeFix: true);

    private static readonly DiagnosticDescriptor Aims016 = new DiagnosticDescriptor(
        "AIMS016",
        "AI system declaration covers no AI model call",
        "AI system '{0}' covers no AI model call and has no [PartOfAiSystem] pieces; remove the declaration or move it to the code that calls the model",
        RuleDefinition.Category,
        DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        "An [AiSystem] that covers no model call and has no pieces is probably stale: the code it described moved or was removed, and the inventory lists a system that does not exist (ISO/IEC 42001 A.4.2).",
        RuleDefinition.HelpLinkBase + "AIMS016.md",
        customTags: WellKnownDiagnosticTags.CompilationEnd);

    public static readonly RuleDefinition StaleDeclaration = new(
        Aims016,
        RuleSeverity.None, RuleSeverity.Warning,
        "A.4.2 Resource documentation",
        "Art. 11 and Annex IV (technical documentation)",
        nameof(ModelCallCoverageAnalyzer));

    private static readonly DiagnosticDescriptor Aims017 = new DiagnosticDescriptor(
        "AIMS017",
        "A governance value is still a placeholder",
        "{0} is still the placeholder '{1}': replace it with the real value",
        RuleDefinition.Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        "Code fixes insert placeholders (\"<...>\", \"TODO...\") for what only a person can know, such as a purpose, an owner or a reviewer. This rule keeps the gap visible until someone fills it in; the manifest counts a placeholder as a gap, never as evidence.",
        RuleDefinition.HelpLinkBase + "AIMS017.md");

    public static readonly RuleDefinition Placeholder = new(
        Aims017,
        RuleSeverity.Suggestion, RuleSeverity.Error,
        "A.3.2 AI roles and responsibilities, A.9.4 Intended use (whichever the value evidences)",
        "Art. 11 and Annex IV (technical documentation)",
        nameof(GovernanceValueAnalyzer));

    private static readonly DiagnosticDescriptor Aims018 = new DiagnosticDescriptor(
        "AIMS018",
        "AI system whose risk is not assessed",
        "AI system '{0}' has Risk = AiRiskLevel.Unassessed: assess its risk and set Minimal, Limited, High or Prohibited",
        RuleDefinition.Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        "ISO/IEC 42001 clauses 6.1.2 and 8.2 require an AI risk assessment, and the EU AI Act's duties depend on the risk tier (Art. 5, 6, 50). Unassessed is the value when Risk is not set.",
        RuleDefinition.HelpLinkBase + "AIMS018.md");

    public static readonly RuleDefinition UnassessedRisk = new(
        Aims018,
        RuleSeverity.Suggestion, RuleSeverity.Error,
        "clause 6.1.2 (AI risk assessment), clause 8.2, A.5.2",
        "Art. 5, 6 and 50 (the duties depend on the tier)",
        nameof(RiskTierAnalyzer));

    private static readonly DiagnosticDescriptor Aims019 = new DiagnosticDescriptor(
        "AIMS019",
        "Invalid entry in aims.model_call_symbols",
        "'{0}' in aims.model_call_symbols is not a documentation-comment id such as 'T:Contoso.Llm.Gateway' or 'M:Contoso.Ml.Scorer.Score(System.String)', so calls to it are not detected",
        RuleDefinition.Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        "Entries of the aims.model_call_symbols option are documentation-comment ids starting with 'T:' (every method of a type) or 'M:' (a method or constructor), separated by ';'. A malformed entry would silently leave a team's own model calls undetected.",
        RuleDefinition.HelpLinkBase + "AIMS019.md",
        customTags: WellKnownDiagnosticTags.CompilationEnd);

    public static readonly RuleDefinition InvalidModelCallSymbolsOption = new(
        Aims019,
        RuleSeverity.Warning, RuleSeverity.Error,
        "A.4.2 Resource documentation, A.6.2.2 AI system requirements and specification",
        "Art. 11 and Annex IV (technical documentation)",
        nameof(ModelCallSymbolsOptionAnalyzer));

    private static readonly DiagnosticDescriptor Aims020 = new DiagnosticDescriptor(
        "AIMS020",
        "AI service call not covered by an AI system declaration",
        "'{0}' calls '{1}' ({2}, {3}) but no [AiSystem] or [PartOfAiSystem] covers it{4}",
        RuleDefinition.Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        "Uploading files, creating vector stores, assistants, threads, batches or fine-tuning jobs and listing models send data to, or manage resources at, an AI provider without running a model. They belong to the AI system they serve, so that the inventory shows which data reaches which supplier (ISO/IEC 42001 A.7, A.10.3). Declare the system with [AiSystem], or join one with [PartOfAiSystem].",
        RuleDefinition.HelpLinkBase + "AIMS020.md");

    public static readonly RuleDefinition UndeclaredServiceCall = new(
        Aims020,
        RuleSeverity.Suggestion, RuleSeverity.Error,
        "A.7.2 Data for development and enhancement of AI system, A.7.5 Data provenance, A.10.3 Suppliers",
        "Art. 10 (data and data governance), Art. 25 (responsibilities along the value chain)",
        nameof(ModelCallCoverageAnalyzer), hasCodeFix: true);

    private static readonly DiagnosticDescriptor Aims021 = new DiagnosticDescriptor(
        InventoryRecords.CallSiteId,
        "AI call recorded in the inventory",
        "'{0}' calls '{1}' ({2}): {3}",
        RuleDefinition.InventoryCategory,
        DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        "A record, not a finding: in a command-line build every AI call, covered or not, is written to the compiler's error log, from which the package's MSBuild task writes the manifest's call sites. It is never shown in the IDE, cannot be configured, and a suppression of it still leaves the call in the inventory.",
        RuleDefinition.HelpLinkBase + "AIMS021.md",
        WellKnownDiagnosticTags.NotConfigurable);

    public static readonly RuleDefinition AiCallRecord = new(
        Aims021,
        RuleSeverity.Suggestion, RuleSeverity.Suggestion,
        "A.4.2 Resource documentation (the inventory of AI systems and their AI calls)",
        "Art. 11 and Annex IV (technical documentation)",
        nameof(ModelCallCoverageAnalyzer));

    private static readonly DiagnosticDescriptor Aims022 = new DiagnosticDescriptor(
        InventoryRecords.ModelId,
        "Model named in the inventory",
        "'{0}' names model '{1}' ({2}): {3}",
        RuleDefinition.InventoryCategory,
        DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        "A record, not a finding: in a command-line build every model id the code passes to an AI SDK is written to the compiler's error log, from which the package's MSBuild task lists the models each system uses. It is never shown in the IDE and cannot be configured.",
        RuleDefinition.HelpLinkBase + "AIMS022.md",
        WellKnownDiagnosticTags.NotConfigurable);

    public static readonly RuleDefinition ModelRecord = new(
        Aims022,
        RuleSeverity.Suggestion, RuleSeverity.Suggestion,
        "A.4.4 Tooling resources, A.6.2.3 Documentation of AI system design and development",
        "Art. 11 and Annex IV 2(b) (technical documentation)",
        nameof(ModelPinningAnalyzer));

    private static readonly DiagnosticDescriptor Aims023 = new DiagnosticDescriptor(
        InventoryRecords.CompletionId,
        "AI inventory of the compilation recorded",
        "AI inventory of '{0}' recorded: {1} AI calls",
        RuleDefinition.InventoryCategory,
        DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        "A record, not a finding: the last inventory record of a command-line build, which tells the package's MSBuild task that the analyzers ran and how many AI calls they recorded. Without it the manifest says that its AI calls are not known instead of listing none.",
        RuleDefinition.HelpLinkBase + "AIMS023.md",
        WellKnownDiagnosticTags.NotConfigurable,
        WellKnownDiagnosticTags.CompilationEnd);

    public static readonly RuleDefinition InventoryCompleted = new(
        Aims023,
        RuleSeverity.Suggestion, RuleSeverity.Suggestion,
        "A.4.2 Resource documentation",
        "Art. 11 and Annex IV (technical documentation)",
        nameof(ModelCallCoverageAnalyzer));

    private static readonly DiagnosticDescriptor Aims024 = new DiagnosticDescriptor(
        "AIMS024",
        "Tool handed to an AI model without an AI system declaration",
        "'{0}' hands {1} to a model ({2}) but no [AiSystem] or [PartOfAiSystem] covers it",
        RuleDefinition.Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        "A tool handed to a model is something the model may ask the application to do: call a method, search the web, run code, use an MCP server's tools. Which actions an AI system can take belongs in its inventory entry (ISO/IEC 42001 A.4.2, A.6.2.2, A.9.2) and is what human oversight must cover (EU AI Act Art. 14). Declare the system with [AiSystem] on the code that hands the tool over, or join one with [PartOfAiSystem].",
        RuleDefinition.HelpLinkBase + "AIMS024.md");

    public static readonly RuleDefinition UndeclaredTool = new(
        Aims024,
        RuleSeverity.Suggestion, RuleSeverity.Error,
        "A.4.2 Resource documentation, A.6.2.2 AI system requirements and specification, A.9.2 Processes for responsible use",
        "Art. 11 and Annex IV (technical documentation), Art. 14 (human oversight)",
        nameof(ToolExposureAnalyzer), hasCodeFix: true);

    private static readonly DiagnosticDescriptor Aims025 = new DiagnosticDescriptor(
        "AIMS025",
        "Tool that acts, on an AI system without human oversight",
        "AI system '{1}' hands a model {0} that acts ({2}), but declares no [HumanOversight] and the tool waits for no approval",
        RuleDefinition.Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        "A tool that sends, writes, deletes, pays or runs lets a model act in the world on its own. Declare how people oversee the system with [HumanOversight] (ISO/IEC 42001 A.9.2, A.6.2.6; EU AI Act Art. 14), or make each use of the tool wait for a person's approval (wrap it in ApprovalRequiredAIFunction). Tools that only read are never reported.",
        RuleDefinition.HelpLinkBase + "AIMS025.md");

    public static readonly RuleDefinition ActingToolWithoutOversight = new(
        Aims025,
        RuleSeverity.Suggestion, RuleSeverity.Error,
        "A.9.2 Processes for responsible use of AI systems, A.6.2.6 AI system operation and monitoring, A.9.3 Objectives for responsible use",
        "Art. 14 (human oversight), Art. 26 (deployer obligations)",
        nameof(ToolExposureAnalyzer));

    private static readonly DiagnosticDescriptor Aims026 = new DiagnosticDescriptor(
        InventoryRecords.ToolId,
        "Tool recorded in the inventory",
        "'{0}' hands {1} to a model ({2}): {3}; {4}",
        RuleDefinition.InventoryCategory,
        DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        "A record, not a finding: in a command-line build every tool the code hands to a model, covered or not, is written to the compiler's error log, from which the package's MSBuild task lists the tools of each system. It is never shown in the IDE and cannot be configured.",
        RuleDefinition.HelpLinkBase + "AIMS026.md",
        WellKnownDiagnosticTags.NotConfigurable);

    public static readonly RuleDefinition ToolRecord = new(
        Aims026,
        RuleSeverity.Suggestion, RuleSeverity.Suggestion,
        "A.4.2 Resource documentation (the tools each AI system hands to models), A.9.2 Processes for responsible use",
        "Art. 11 and Annex IV (technical documentation), Art. 14 (human oversight)",
        nameof(ToolExposureAnalyzer));

    private static readonly DiagnosticDescriptor Aims027 = new DiagnosticDescriptor(
        PolicyRules.InvalidPolicy,
        "Invalid AI policy file",
        "The AI policy file '{0}' cannot be applied: {1}",
        RuleDefinition.Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        "A policy that cannot be read checks nothing, and a build that went on without it would look compliant. Fix the file (docs/policy.md describes the format), or remove the AimsPolicy item.",
        RuleDefinition.HelpLinkBase + "AIMS027.md");

    public static readonly RuleDefinition InvalidPolicy = new(
        Aims027,
        RuleSeverity.Error, RuleSeverity.Error,
        "clause 5.2 (AI policy), A.2.2 AI policy",
        "Art. 17 (quality management system)",
        nameof(PolicyAnalyzer));

    private static readonly DiagnosticDescriptor Aims028 = new DiagnosticDescriptor(
        PolicyRules.ProviderNotAllowed,
        "AI provider not allowed by the AI policy",
        "{0} uses provider '{1}', but the AI policy '{2}' does not allow it: {3}",
        RuleDefinition.Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        "The organisation's AI policy names the model providers its code may send data to (ISO/IEC 42001 A.2.2, A.10.3). A call to another provider, or a declared [AiModel] of one, breaks it: use an allowed provider, or have the policy changed.",
        RuleDefinition.HelpLinkBase + "AIMS028.md");

    public static readonly RuleDefinition ProviderNotAllowed = new(
        Aims028,
        RuleSeverity.Error, RuleSeverity.Error,
        "A.2.2 AI policy, A.10.3 Suppliers",
        "Art. 25 (responsibilities along the value chain)",
        nameof(PolicyAnalyzer));

    private static readonly DiagnosticDescriptor Aims029 = new DiagnosticDescriptor(
        PolicyRules.ModelNotAllowed,
        "Model not allowed by the AI policy",
        "Model '{0}' is not allowed by the AI policy '{1}': {2}",
        RuleDefinition.Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        "The organisation's AI policy names the models its code may use and whether they must be pinned to a version (ISO/IEC 42001 A.2.2, A.6.2.5). Use an allowed model id, or have the policy changed.",
        RuleDefinition.HelpLinkBase + "AIMS029.md");

    public static readonly RuleDefinition ModelNotAllowed = new(
        Aims029,
        RuleSeverity.Error, RuleSeverity.Error,
        "A.2.2 AI policy, A.6.2.5 AI system deployment",
        "Art. 15 (accuracy, robustness)",
        nameof(PolicyAnalyzer));

    private static readonly DiagnosticDescriptor Aims030 = new DiagnosticDescriptor(
        PolicyRules.HostingNotAllowed,
        "Model hosting or endpoint not allowed by the AI policy",
        "{0} '{1}' is not allowed by the AI policy '{2}': {3}",
        RuleDefinition.Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        "The organisation's AI policy says where models may run (a supplier's API, its own infrastructure, the user's device) and which model endpoints code may reach, for example only its EU resources (ISO/IEC 42001 A.2.2, A.4.5, A.10.3). Declare the hosting on [AiModel], use an allowed endpoint, or have the policy changed.",
        RuleDefinition.HelpLinkBase + "AIMS030.md");

    public static readonly RuleDefinition HostingNotAllowed = new(
        Aims030,
        RuleSeverity.Error, RuleSeverity.Error,
        "A.2.2 AI policy, A.4.5 Computing resources, A.10.3 Suppliers",
        "Art. 10(5) (data governance), Art. 25 (responsibilities along the value chain)",
        nameof(PolicyAnalyzer));

    private static readonly DiagnosticDescriptor Aims031 = new DiagnosticDescriptor(
        PolicyRules.RiskLevelFactMissing,
        "AI system lacks a fact the AI policy requires of its risk level",
        "AI system '{0}' is of risk level {1}, and the AI policy '{2}' requires {3} of such systems",
        RuleDefinition.Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        "The organisation's AI policy says which governance facts a system of each risk level must have, beyond what the rules ask of every system (ISO/IEC 42001 A.2.2, A.5.2). Declare the fact on the system or one of its pieces.",
        RuleDefinition.HelpLinkBase + "AIMS031.md");

    public static readonly RuleDefinition RiskLevelFactMissing = new(
        Aims031,
        RuleSeverity.Error, RuleSeverity.Error,
        "A.2.2 AI policy, A.5.2 AI system impact assessment process",
        "Art. 9 (risk management system)",
        nameof(PolicyAnalyzer));

    private static readonly DiagnosticDescriptor Aims032 = new DiagnosticDescriptor(
        PolicyRules.PersonalDataWithoutSupplierAgreement,
        "Personal data may reach a hosted model without a supplier agreement",
        "AI system '{0}' handles personal data, but {1}: the AI policy '{2}' lets personal data reach a model at a supplier only under a declared supplier agreement",
        RuleDefinition.Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        "Personal data sent to a supplier's model needs an agreement with that supplier (GDPR Art. 28; ISO/IEC 42001 A.7.2, A.10.3). Declare the agreement with [AiModel(SupplierAgreement = ...)], or declare that the model runs SelfHosted or OnDevice.",
        RuleDefinition.HelpLinkBase + "AIMS032.md");

    public static readonly RuleDefinition PersonalDataWithoutSupplierAgreement = new(
        Aims032,
        RuleSeverity.Error, RuleSeverity.Error,
        "A.2.2 AI policy, A.7.2 Data for development and enhancement of AI system, A.10.3 Suppliers",
        "Art. 10(5) (data governance)",
        nameof(PolicyAnalyzer));

    private static readonly DiagnosticDescriptor Aims033 = new DiagnosticDescriptor(
        PolicyRules.ToolNotAllowed,
        "Tool not allowed by the AI policy",
        "'{0}' hands {1} to a model, but the AI policy '{2}' does not allow it: {3}",
        RuleDefinition.Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        "The organisation's AI policy says which tools a model may be handed, by name or by what they do to the world (ISO/IEC 42001 A.2.2, A.9.2). Hand the model an allowed tool, or have the policy changed.",
        RuleDefinition.HelpLinkBase + "AIMS033.md");

    public static readonly RuleDefinition ToolNotAllowed = new(
        Aims033,
        RuleSeverity.Error, RuleSeverity.Error,
        "A.2.2 AI policy, A.9.2 Processes for responsible use of AI systems",
        "Art. 14 (human oversight)",
        nameof(PolicyAnalyzer));

    /// <summary>
    /// The last argument of the AIMS001 and AIMS020 messages: nothing for a call that binds; for one that does not (it is
    /// known by what it names), a note that says so, so that one descriptor per id serves both.
    /// </summary>
    public static string BindingNote(bool bound) =>
        bound ? string.Empty : " (the call did not bind: it may target another version of the SDK, or be unfinished)";

    public static ImmutableArray<RuleDefinition> All { get; } = ImmutableArray.Create(
        UndeclaredModelCall, HighRiskWithoutOversight, SystemWithoutDataSource, SystemWithoutOwnerOrPurpose,
        HighRiskWithoutImpactAssessment, DuplicateSystemId, InvalidGovernanceValue, ProhibitedPractice, UnknownSystemId,
        UnpinnedModel, PersonalDataWithoutLawfulBasis, MissingDisclosure, HighRiskWithoutEventLogging, LiteralCredential,
        ExclusionWithoutJustification, StaleDeclaration, Placeholder, UnassessedRisk, InvalidModelCallSymbolsOption,
        UndeclaredServiceCall, AiCallRecord, ModelRecord, InventoryCompleted, UndeclaredTool, ActingToolWithoutOversight, ToolRecord,
        InvalidPolicy, ProviderNotAllowed, ModelNotAllowed, HostingNotAllowed, RiskLevelFactMissing,
        PersonalDataWithoutSupplierAgreement, ToolNotAllowed);

    private static readonly ImmutableDictionary<string, RuleDefinition> ById = All.ToImmutableDictionary(rule => rule.Id);

    public static RuleDefinition Get(string id) => ById[id];
}
