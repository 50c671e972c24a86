using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using Aims.Analyzers.Declarations;
using Aims.Analyzers.Detection;
using Microsoft.CodeAnalysis;

namespace Aims.Analyzers.Generator;

/// <summary>
/// What the generator's call-site transform needs for one compilation, built once and shared by all its nodes: the
/// detector, the coverage resolver and the names worth binding (catalogue members and [AiModelCall] members).
/// </summary>
internal sealed class CallSiteDetection
{
    private static readonly ConditionalWeakTable<Compilation, CallSiteDetection> Cache = new();

    private readonly HashSet<string> _candidateNames;

    private CallSiteDetection(ModelCallDetector? detector, HashSet<string> candidateNames, bool hasConstructorCalls)
    {
        Detector = detector;
        Coverage = detector is null ? null : new CoverageResolver(detector.IsDeclaredModelCall);
        _candidateNames = candidateNames;
        HasConstructorCalls = hasConstructorCalls;
    }

    public ModelCallDetector? Detector { get; }

    /// <summary>The provider of each SDK type, for model identifiers.</summary>
    public SdkTypeProviders Providers { get; } = new();

    public CoverageResolver? Coverage { get; }

    public static CallSiteDetection For(Compilation compilation, CancellationToken cancellationToken) =>
        Cache.GetValue(compilation, c => Create(c, cancellationToken));

    /// <summary>Detection of the calls to a team's configured symbols (aims.model_call_symbols), with that detector.</summary>
    public static CallSiteDetection ForConfiguredSymbols(ModelCallDetector detector) =>
        new(detector, new HashSet<string>(detector.ConfiguredCallNames(), System.StringComparer.Ordinal), detector.HasConfiguredConstructors);

    /// <summary>Whether a constructor is a model call here: only then are target-typed <c>new(...)</c> expressions bound.</summary>
    public bool HasConstructorCalls { get; }

    public bool IsCandidate(string name) => _candidateNames.Contains(name);

    private static CallSiteDetection Create(Compilation compilation, CancellationToken cancellationToken)
    {
        var names = new HashSet<string>(System.StringComparer.Ordinal);
        var hasConstructorCalls = false;
        foreach (var entry in AiSdkCatalog.Entries)
        {
            names.UnionWith(entry.Members);
            if (entry.Members.Contains(AiSdkEntry.Constructor))
            {
                // An explicit creation is filtered by its type's simple name.
                var metadataName = entry.TypeMetadataName;
                var simpleName = metadataName.Substring(metadataName.LastIndexOfAny(new[] { '.', '+' }) + 1).Split('`')[0];
                names.Add(simpleName);
                hasConstructorCalls = true;
            }
        }

        if (AiSystemIndex.Get(compilation, cancellationToken) is { } index)
        {
            foreach (var use in index.AllUses)
            {
                if (use.Name == AimsAttributeNames.AiModelCall && use.Symbol is IMethodSymbol method)
                {
                    names.Add(method.MethodKind == MethodKind.Constructor ? method.ContainingType.Name : method.Name);
                    hasConstructorCalls |= method.MethodKind == MethodKind.Constructor;
                }
            }
        }

        return new CallSiteDetection(ModelCallDetector.TryCreate(compilation, ModelCallSymbolsOption.None, cancellationToken), names, hasConstructorCalls);
    }
}
