using System.Collections.Immutable;
using Aims.Analyzers.Detection;
using Aims.Analyzers.Diagnostics;
using Aims.Analyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Aims.Analyzers.Rules;

/// <summary>
/// AIMS014: a credential written as a string literal where an AI SDK takes one (<see cref="CredentialSites"/>), or a
/// literal in a provider's key format passed to an AI SDK. The message names the type, never the value.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class LiteralCredentialAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(RuleTable.LiteralCredential.Descriptor);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            if (!ReferencedAssemblies.ReferencesAiSdk(start.Compilation) ||
                !CompilationScope.MayHoldAi(start.Compilation, start.Options.AnalyzerConfigOptionsProvider, start.CancellationToken))
            {
                return;
            }

            var sites = new CredentialSiteDetector(start.Compilation);
            start.RegisterOperationAction(operation => Report(operation, sites.FromArgument((IArgumentOperation)operation.Operation, operation.CancellationToken)), OperationKind.Argument);
            start.RegisterOperationAction(operation => Report(operation, sites.FromAssignment(operation.Operation, operation.CancellationToken)), OperationKind.SimpleAssignment);
        });
    }

    internal static Finding Check(CredentialModel credential) => Finding.At(RuleTable.LiteralCredential.Id, credential.Location, credential.TypeName);

    private static void Report(OperationAnalysisContext context, CredentialModel? credential)
    {
        if (credential is not null)
        {
            context.ReportDiagnostic(FindingDiagnostics.Create(Check(credential), context.Operation.Syntax.SyntaxTree));
        }
    }
}
