using System.Collections.Immutable;
using Aims.Analyzers.Declarations;
using Aims.Analyzers.Detection;
using Aims.Analyzers.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Aims.Analyzers.Rules;

/// <summary>AIMS001: an AI model call that no [AiSystem] or [PartOfAiSystem] covers.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class UndeclaredModelCallAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.UndeclaredModelCall,
        DiagnosticDescriptors.InvalidModelCallSymbolsOption);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(OnCompilationStart);
    }

    private static void OnCompilationStart(CompilationStartAnalysisContext context)
    {
        var option = ModelCallSymbolsOption.Read(context.Options.AnalyzerConfigOptionsProvider, context.Compilation, context.CancellationToken);
        if (!option.Malformed.IsEmpty)
        {
            context.RegisterCompilationEndAction(end =>
            {
                foreach (var entry in option.Malformed)
                {
                    end.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.InvalidModelCallSymbolsOption, Location.None, entry));
                }
            });
        }

        var detector = ModelCallDetector.TryCreate(context.Compilation, option, context.CancellationToken);
        if (detector is null)
        {
            return;
        }

        var coverage = new CoverageResolver(detector.IsDeclaredModelCall);
        context.RegisterOperationAction(
            operationContext => AnalyzeCall(operationContext, detector, coverage),
            OperationKind.Invocation,
            OperationKind.ObjectCreation,
            OperationKind.MethodReference);
    }

    private static void AnalyzeCall(OperationAnalysisContext context, ModelCallDetector detector, CoverageResolver coverage)
    {
        var operation = context.Operation;
        var method = operation switch
        {
            IInvocationOperation invocation => invocation.TargetMethod,
            IObjectCreationOperation creation => creation.Constructor,
            IMethodReferenceOperation reference => reference.Method,
            _ => null,
        };

        if (method is null || detector.Match(method) is not { } match)
        {
            return;
        }

        var sdk = match.Sdk;
        if (match.Kind == AiCallKind.HttpEndpoint)
        {
            // A method group of HttpClient has no URL yet; only a call with a constant model-host URL counts.
            if (operation is not IInvocationOperation invocation ||
                ConstantUrlReader.ReadRequestUrl(invocation, context.CancellationToken) is not { } url ||
                ModelHostCatalog.Find(url) is not { } host)
            {
                return;
            }

            sdk = AiSdkCatalog.HttpSdk + " to " + host.Provider;
        }

        if (coverage.Resolve(operation, context.ContainingSymbol) != CallSiteCoverage.Uncovered)
        {
            return;
        }

        context.ReportDiagnostic(Diagnostic.Create(
            DiagnosticDescriptors.UndeclaredModelCall,
            operation.Syntax.GetLocation(),
            SymbolNames.Caller(context.ContainingSymbol),
            SymbolNames.Callee(method),
            sdk));
    }
}
