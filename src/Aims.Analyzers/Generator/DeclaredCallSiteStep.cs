using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Aims.Analyzers.Declarations;
using Aims.Analyzers.Detection;
using Aims.Analyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Aims.Analyzers.Generator;

/// <summary>
/// Finds the calls to a team's own model-call members: those marked [AiModelCall] here or in a reference, and those
/// listed in aims.model_call_symbols. Their names are known only per compilation (and options reach no syntax
/// transform), so this step reads the compilation; it returns at once when there are none, and otherwise binds only
/// the calls, in the files whose text mentions one of the names.
/// </summary>
internal static class DeclaredCallSiteStep
{
    private static readonly SourceTextScanner Scanner = new(overlap: 512);

    public static DeclaredCallSites Find(
        Compilation compilation,
        AnalyzerConfigOptionsProvider options,
        EquatableArray<AttributeUseModel> sourceUses,
        EquatableArray<AttributeUseModel> referencedUses,
        CancellationToken cancellationToken)
    {
        var option = ModelCallSymbolsOption.Read(options, compilation, cancellationToken);
        var declared = sourceUses.Concat(referencedUses).Where(use => use.Attribute == AimsAttributeNames.AiModelCall).ToList();
        if (option.Ids.IsEmpty && declared.Count == 0)
        {
            return option.Malformed.IsEmpty ? DeclaredCallSites.None : DeclaredCallSites.None with { MalformedEntries = option.Malformed.ToEquatableArray() };
        }

        var detector = ModelCallDetector.TryCreate(compilation, option, cancellationToken);
        var names = new HashSet<string>(declared.Select(use => CallNameOf(use.SymbolId)).Concat(detector?.ConfiguredCallNames() ?? Enumerable.Empty<string>()), StringComparer.Ordinal);
        var constructors = declared.Any(use => use.SymbolId.Contains("#ctor")) || detector?.HasConfiguredConstructors == true;
        var sites = detector is null ? new List<CallSiteModel>() : FindCalls(compilation, detector, names, constructors, cancellationToken);
        return new DeclaredCallSites(option.Ids.ToEquatableArray(), option.Malformed.ToEquatableArray(), sites.ToEquatableArray());
    }

    private static List<CallSiteModel> FindCalls(Compilation compilation, ModelCallDetector detector, HashSet<string> names, bool constructors, CancellationToken cancellationToken)
    {
        var coverage = new CoverageResolver(detector.IsDeclaredModelCall);
        var sites = new List<CallSiteModel>();
        foreach (var tree in compilation.SyntaxTrees)
        {
            var text = tree.GetText(cancellationToken);
            if (!names.Any(name => Scanner.Any(text, name, StringComparison.Ordinal, static (_, _, _) => true)))
            {
                continue;
            }

            var semanticModel = compilation.GetSemanticModel(tree);
            foreach (var node in tree.GetRoot(cancellationToken).DescendantNodes().Where(CallSyntax.IsCall))
            {
                if (((constructors && node is ImplicitObjectCreationExpressionSyntax) || (CallSyntax.SimpleName(node) is { } name && names.Contains(name))) &&
                    CallSiteStep.Read(node, semanticModel, detector, coverage, cancellationToken) is { Sdk: ModelCallMatch.DeclaredSdk or ModelCallMatch.ConfiguredSdk } site)
                {
                    sites.Add(site);
                }
            }
        }

        return sites;
    }

    /// <summary>The name a call to a member uses, from its documentation-comment id: the method's name, or the type's for a constructor.</summary>
    private static string CallNameOf(string documentationId)
    {
        var name = documentationId;
        var parameters = name.IndexOf('(');
        if (parameters >= 0)
        {
            name = name.Substring(0, parameters);
        }

        var segments = name.Substring(name.IndexOf(':') + 1).Split('.');
        var last = segments[segments.Length - 1];
        if (last == "#ctor" && segments.Length > 1)
        {
            last = segments[segments.Length - 2];
        }

        var arity = last.IndexOf('`');
        return arity >= 0 ? last.Substring(0, arity) : last;
    }
}
