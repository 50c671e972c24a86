using System;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Aims.Analyzers.Declarations;

/// <summary>
/// Runs a check on every Aims attribute written in each analyzed file. Reporting per file keeps the diagnostics live
/// in the IDE, while the facts they need come from the compilation-wide index.
/// </summary>
internal static class SourceAttributeActions
{
    public static void Register(CompilationStartAnalysisContext context, Action<AimsAttributeUse, AiSystemIndex, SemanticModelAnalysisContext> check)
    {
        if (AiSystemIndex.Get(context.Compilation, context.CancellationToken) is not { } index)
        {
            return;
        }

        context.RegisterSemanticModelAction(model =>
        {
            foreach (var use in index.SourceUsesIn(model.SemanticModel.SyntaxTree))
            {
                check(use, index, model);
            }
        });
    }
}
