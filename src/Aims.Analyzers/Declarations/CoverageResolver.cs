using System;
using System.Collections.Concurrent;
using Aims.Manifest.Vocabulary;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Aims.Analyzers.Declarations;

/// <summary>
/// Finds what covers a call site by walking outwards: lambdas and local functions, the member, its property or
/// event, the containing types, then the assembly. The first declaration found wins; answers are cached per symbol.
/// </summary>
internal sealed class CoverageResolver
{
    private readonly Func<ISymbol, bool> _isDeclaredModelCall;
    private readonly ConcurrentDictionary<ISymbol, CallSiteCoverage> _cache = new(SymbolEqualityComparer.Default);

    public CoverageResolver(Func<ISymbol, bool> isDeclaredModelCall) => _isDeclaredModelCall = isDeclaredModelCall;

    public CallSiteCoverage Resolve(IOperation operation, ISymbol containingSymbol)
    {
        for (var current = operation.Parent; current is not null; current = current.Parent)
        {
            var function = current switch
            {
                IAnonymousFunctionOperation lambda => lambda.Symbol,
                ILocalFunctionOperation localFunction => localFunction.Symbol,
                _ => null,
            };

            if (function is not null && OwnCoverage(function) is { } own)
            {
                return own;
            }
        }

        return Resolve(containingSymbol);
    }

    /// <summary>What covers code in a member: the member, its property or event, the containing types, then the assembly.</summary>
    public CallSiteCoverage Resolve(ISymbol symbol) => _cache.GetOrAdd(symbol, ComputeCoverage);

    private CallSiteCoverage ComputeCoverage(ISymbol symbol)
    {
        if (OwnCoverage(symbol) is { } own)
        {
            return own;
        }

        if (symbol is IMethodSymbol { AssociatedSymbol: { } property } && OwnCoverage(property) is { } ofProperty)
        {
            return ofProperty;
        }

        return symbol.ContainingSymbol switch
        {
            INamedTypeSymbol or IMethodSymbol => Resolve(symbol.ContainingSymbol),
            _ => AssemblyCoverage(symbol.ContainingAssembly),
        };
    }

    private CallSiteCoverage AssemblyCoverage(IAssemblySymbol? assembly) =>
        assembly is not null && OwnCoverage(assembly) is { } own ? own : CallSiteCoverage.Uncovered;

    private CallSiteCoverage? OwnCoverage(ISymbol symbol)
    {
        if (_isDeclaredModelCall(symbol))
        {
            return CallSiteCoverage.Implementation;
        }

        foreach (var attribute in symbol.GetAttributes())
        {
            switch (AimsAttributeSymbols.NameOf(attribute))
            {
                case AimsAttributeNames.AiModelCall:
                    return CallSiteCoverage.Implementation;
                case AimsAttributeNames.AiSystem or AimsAttributeNames.PartOfAiSystem:
                    var id = attribute.ConstructorArguments.Length > 0 ? attribute.ConstructorArguments[0].Value as string : null;
                    return new CallSiteCoverage(CallSiteCoverageKind.Covered, id);
            }
        }

        return null;
    }
}
