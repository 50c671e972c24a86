namespace Aims.Analyzers.Diagnostics;

/// <summary>A severity as .editorconfig and the analysis-mode globalconfigs write it.</summary>
internal enum RuleSeverity
{
    None,
    Silent,
    Suggestion,
    Warning,
    Error,
}
