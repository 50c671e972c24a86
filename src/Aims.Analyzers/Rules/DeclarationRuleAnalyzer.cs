using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Aims.Analyzers.Declarations;
using Aims.Analyzers.Detection;
using Aims.Analyzers.Diagnostics;
using Aims.Analyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Aims.Analyzers.Rules;

/// <summary>
/// An analyzer of rules that read the declaration graph: its check runs once per compilation and each finding is reported
/// from the semantic-model action of its file (<see cref="DeclarationFindings"/>).
/// </summary>
public abstract class DeclarationRuleAnalyzer : DiagnosticAnalyzer
{
    private readonly Func<DeclarationGraph, IEnumerable<Finding>> _check;

    private protected DeclarationRuleAnalyzer(Func<DeclarationGraph, IEnumerable<Finding>> check, params RuleDefinition[] rules)
    {
        _check = check;
        SupportedDiagnostics = rules.Select(rule => rule.Descriptor).ToImmutableArray();
    }

    public sealed override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; }

    public sealed override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            if (!CompilationScope.MayHoldAi(start.Compilation, start.Options.AnalyzerConfigOptionsProvider, start.CancellationToken) ||
                !CompilationDeclarations.MayHaveSourceDeclarations(start.Compilation, start.CancellationToken))
            {
                return;
            }

            DeclarationFindings.RegisterPerFile(start, _check);
        });
    }
}
