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

    public static string HelpLink(string id) => HelpLinkBase + id + ".md";
}
