using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Aims.Analyzers.Detection;
using Aims.Analyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Aims.Analyzers.Declarations;

/// <summary>
/// The governance attributes written in a compilation's source, for the analyzers (the generator gets the same models
/// from ForAttributeWithMetadataName). Only files whose text mentions a governance attribute are searched: types and
/// members through their symbols, local functions and lambdas through their file's semantic model.
/// </summary>
internal static class SourceDeclarationReader
{
    public static ImmutableArray<AttributeUseModel> Read(Compilation compilation, CancellationToken cancellationToken)
    {
        var uses = new List<AttributeUseModel>();
        var candidates = new HashSet<SyntaxTree>(compilation.SyntaxTrees.Where(tree => SourceTextPrefilter.MayUseAimsAttributes(tree, cancellationToken)));
        if (candidates.Count == 0)
        {
            return ImmutableArray<AttributeUseModel>.Empty;
        }

        Add(compilation.Assembly, candidates, uses, cancellationToken);
        AddTypes(compilation.Assembly.GlobalNamespace, candidates, uses, cancellationToken);
        foreach (var tree in candidates)
        {
            AddFunctions(compilation, tree, candidates, uses, cancellationToken);
        }

        return uses.ToImmutableArray();
    }

    private static void AddTypes(INamespaceSymbol globalNamespace, HashSet<SyntaxTree> candidates, List<AttributeUseModel> uses, CancellationToken cancellationToken)
    {
        var pending = new Stack<INamespaceOrTypeSymbol>();
        pending.Push(globalNamespace);
        while (pending.Count > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var member in pending.Pop().GetMembers())
            {
                if (!IsDeclaredIn(member, candidates))
                {
                    continue;
                }

                pending.Push((INamespaceOrTypeSymbol)member);
                if (member is INamedTypeSymbol type)
                {
                    Add(type, candidates, uses, cancellationToken);
                    foreach (var typeMember in type.GetMembers())
                    {
                        if (typeMember is IMethodSymbol or IPropertySymbol && !typeMember.IsImplicitlyDeclared)
                        {
                            Add(typeMember, candidates, uses, cancellationToken);
                        }
                    }
                }
            }
        }
    }

    private static bool IsDeclaredIn(ISymbol symbol, HashSet<SyntaxTree> candidates) =>
        symbol is INamespaceOrTypeSymbol && symbol.Locations.Any(location => location.SourceTree is { } tree && candidates.Contains(tree));

    /// <summary>Local functions and lambdas with attributes have no symbol outside their method body: their file's semantic model binds them.</summary>
    private static void AddFunctions(Compilation compilation, SyntaxTree tree, HashSet<SyntaxTree> candidates, List<AttributeUseModel> uses, CancellationToken cancellationToken)
    {
        var functions = tree.GetRoot(cancellationToken).DescendantNodes()
            .Where(node => node is LocalFunctionStatementSyntax { AttributeLists.Count: > 0 } or LambdaExpressionSyntax { AttributeLists.Count: > 0 })
            .ToList();
        if (functions.Count == 0)
        {
            return;
        }

#pragma warning disable RS1030 // Declarations in other files are part of the compilation-wide index; no callback offers their semantic model.
        var semanticModel = compilation.GetSemanticModel(tree);
#pragma warning restore RS1030
        foreach (var function in functions)
        {
            var symbol = function is LocalFunctionStatementSyntax
                ? semanticModel.GetDeclaredSymbol(function, cancellationToken)
                : semanticModel.GetSymbolInfo(function, cancellationToken).Symbol;
            if (symbol is not null)
            {
                Add(symbol, candidates, uses, cancellationToken);
            }
        }
    }

    private static void Add(ISymbol symbol, HashSet<SyntaxTree> candidates, List<AttributeUseModel> uses, CancellationToken cancellationToken)
    {
        var inCandidates = symbol.GetAttributes().Where(attribute => attribute.ApplicationSyntaxReference is { } reference && candidates.Contains(reference.SyntaxTree));
        uses.AddRange(AttributeUseReader.Read(symbol, inCandidates, referencedAssembly: null, cancellationToken));
    }
}
