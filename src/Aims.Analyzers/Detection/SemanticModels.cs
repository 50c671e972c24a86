using Microsoft.CodeAnalysis;

namespace Aims.Analyzers.Detection;

/// <summary>
/// The semantic model of another file than the one being analysed, for the few facts that live elsewhere (a client's
/// registration in Program.cs, a workflow's factory method). The analyzer driver caches the models it hands out, and
/// callers ask only for files their syntax already points at.
/// </summary>
internal static class SemanticModels
{
#pragma warning disable RS1030 // Do not invoke Compilation.GetSemanticModel() method within a diagnostic analyzer
    public static SemanticModel Of(Compilation compilation, SyntaxTree tree) => compilation.GetSemanticModel(tree);
#pragma warning restore RS1030
}
