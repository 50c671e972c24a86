using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using Aims.Analyzers.Declarations;
using Aims.Manifest.Catalog;
using Aims.Manifest.Screening;
using Aims.Manifest.Vocabulary;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Aims.Analyzers.Detection;

/// <summary>
/// Decides, by symbol, whether a called method or constructor is an AI model call. Built once per compilation
/// from the catalogue, the configured symbols and [AiModelCall]; answers are cached per method.
/// </summary>
internal sealed class ModelCallDetector
{
    private readonly Dictionary<INamedTypeSymbol, Dictionary<string, AiSdkEntry>> _catalogTypes;
    private readonly Dictionary<INamedTypeSymbol, List<AiSdkEntry>> _clientRows;
    private readonly HashSet<string> _catalogMemberNames;
    private readonly HashSet<ISymbol> _configuredMethods;
    private readonly HashSet<INamedTypeSymbol> _configuredTypes;
    private readonly IAssemblySymbol _sourceAssembly;
    private readonly HashSet<IAssemblySymbol> _assembliesUsingAimsAttributes;
    private readonly ConcurrentDictionary<IMethodSymbol, ModelCallMatch?> _matches = new(SymbolEqualityComparer.Default);
    private readonly Lazy<CoverageResolver> _coverage;

    private static readonly ConditionalWeakTable<Compilation, StrongBox<ModelCallDetector?>> Detectors = new();

    private ModelCallDetector(
        Dictionary<INamedTypeSymbol, Dictionary<string, AiSdkEntry>> catalogTypes,
        Dictionary<INamedTypeSymbol, List<AiSdkEntry>> clientRows,
        HashSet<ISymbol> configuredMethods,
        HashSet<INamedTypeSymbol> configuredTypes,
        IAssemblySymbol sourceAssembly,
        HashSet<IAssemblySymbol> assembliesUsingAimsAttributes,
        SdkImports imports)
    {
        _catalogTypes = catalogTypes;
        _clientRows = clientRows;
        _catalogMemberNames = new HashSet<string>(catalogTypes.Values.SelectMany(members => members.Keys));
        _configuredMethods = configuredMethods;
        _configuredTypes = configuredTypes;
        _sourceAssembly = sourceAssembly;
        _assembliesUsingAimsAttributes = assembliesUsingAimsAttributes;
        Imports = imports;
        _coverage = new Lazy<CoverageResolver>(() => new CoverageResolver(IsDeclaredModelCall));
    }

    /// <summary>
    /// The compilation's detector, built once and shared by the analyzers that look at calls, or null when the
    /// compilation cannot contain a model call (see <see cref="TryCreate"/>).
    /// </summary>
    public static ModelCallDetector? For(Compilation compilation, AnalyzerConfigOptionsProvider options, CancellationToken cancellationToken) =>
        Detectors.GetValue(compilation, c => new StrongBox<ModelCallDetector?>(TryCreate(c, ModelCallSymbolsOption.Read(options, c, cancellationToken), cancellationToken))).Value;

    /// <summary>What covers each call site, cached per symbol for all the analyzers that share this detector.</summary>
    public CoverageResolver Coverage => _coverage.Value;

    /// <summary>Returns null when the compilation cannot contain a model call, so that no per-operation work is registered.</summary>
    public static ModelCallDetector? TryCreate(Compilation compilation, ModelCallSymbolsOption option, CancellationToken cancellationToken)
    {
        var referencesAiSdk = ReferencedAssemblies.ReferencesAiSdk(compilation);
        var (configuredMethods, configuredTypes) = ResolveConfiguredSymbols(compilation, option);
        var aimsAttributesAvailable = compilation.GetTypeByMetadataName(AimsAttributeNames.AiModelCallMetadataName) is not null;
        var assembliesUsingAimsAttributes = aimsAttributesAvailable
            ? FindReferencesUsingAimsAttributes(compilation)
            : new HashSet<IAssemblySymbol>(SymbolEqualityComparer.Default);

        if (!referencesAiSdk &&
            configuredMethods.Count == 0 &&
            configuredTypes.Count == 0 &&
            assembliesUsingAimsAttributes.Count == 0 &&
            !SourceTextPrefilter.AnyTreeMayHoldModelCalls(compilation, aimsAttributesAvailable, cancellationToken))
        {
            return null;
        }

        var (catalogTypes, clientRows) = ResolveCatalog(compilation, includeSdkRows: referencesAiSdk);
        return new ModelCallDetector(catalogTypes, clientRows, configuredMethods, configuredTypes, compilation.Assembly, assembliesUsingAimsAttributes, new SdkImports(compilation));
    }

    public ModelCallMatch? Match(IMethodSymbol method)
    {
        var definition = (method.ReducedFrom ?? method).OriginalDefinition;
        return _matches.GetOrAdd(definition, ComputeMatch);
    }

    /// <summary>Which files import an AI SDK.</summary>
    public SdkImports Imports { get; }

    /// <summary>Whether a member of that name is in a catalogue row whose type the compilation has.</summary>
    public bool ListsMember(string name) => _catalogMemberNames.Contains(name);

    /// <summary>Whether any catalogued AI client type resolves: only then can a call that does not bind be known by its receiver.</summary>
    public bool HasClientTypes => _clientRows.Count > 0;

    /// <summary>
    /// What a call that did not bind is, from its receiver's type and the name it calls. When the type is, derives from,
    /// implements or is constrained to a catalogued type: the row of that type that lists the name, else its first row.
    /// When it is a type of an SDK's own assembly in the namespace of a catalogued type: the row there that lists the
    /// name. Raw HTTP needs a bound URL, so never its rows.
    /// </summary>
    public ModelCallMatch? MatchUnbound(ITypeSymbol receiverType, string name)
    {
        foreach (var type in SelfAndAncestors(receiverType))
        {
            if (_clientRows.TryGetValue(type.OriginalDefinition, out var rows))
            {
                return ModelCallMatch.From(rows.Find(row => row.Members.Contains(name)) ?? rows[0]);
            }
        }

        var assembly = receiverType.ContainingAssembly;
        return _clientRows.Count > 0 &&
            assembly is not null &&
            !SymbolEqualityComparer.Default.Equals(assembly, _sourceAssembly) &&
            SdkAssemblies.IsSdk(assembly.Name) &&
            CatalogNamespaces.RowListing(receiverType.ContainingNamespace, name) is { } entry
                ? ModelCallMatch.From(entry)
                : null;
    }

    /// <summary>True for members whose bodies implement a model call declared by [AiModelCall] or configuration.</summary>
    public bool IsDeclaredModelCall(ISymbol member)
    {
        if (member is IMethodSymbol method)
        {
            var match = Match(method);
            return match is not null && match.Kind == AiCallKind.Custom;
        }

        return member is INamedTypeSymbol type && _configuredTypes.Contains(type.OriginalDefinition);
    }

    private ModelCallMatch? ComputeMatch(IMethodSymbol method)
    {
        for (var current = method; current is not null; current = current.OverriddenMethod?.OriginalDefinition)
        {
            var match = MatchDeclared(current) ?? MatchThroughInterfaces(current);
            if (match is not null)
            {
                return match;
            }
        }

        return null;
    }

    private ModelCallMatch? MatchThroughInterfaces(IMethodSymbol method)
    {
        foreach (var explicitImplementation in method.ExplicitInterfaceImplementations)
        {
            if (MatchDeclared(explicitImplementation.OriginalDefinition) is { } match)
            {
                return match;
            }
        }

        var containingType = method.ContainingType;
        if (method.IsStatic || method.MethodKind != MethodKind.Ordinary || containingType is null || containingType.TypeKind == TypeKind.Interface)
        {
            return null;
        }

        foreach (var implemented in containingType.AllInterfaces)
        {
            var interfaceDefinition = implemented.OriginalDefinition;
            if (!_catalogTypes.ContainsKey(interfaceDefinition) &&
                !_configuredTypes.Contains(interfaceDefinition) &&
                !MayCarryAimsAttributes(interfaceDefinition.ContainingAssembly))
            {
                continue;
            }

            foreach (var member in implemented.GetMembers(method.Name))
            {
                if (member is IMethodSymbol interfaceMethod &&
                    SymbolEqualityComparer.Default.Equals(containingType.FindImplementationForInterfaceMember(interfaceMethod)?.OriginalDefinition, method) &&
                    MatchDeclared(interfaceMethod.OriginalDefinition) is { } match)
                {
                    return match;
                }
            }
        }

        return null;
    }

    private ModelCallMatch? MatchDeclared(IMethodSymbol method)
    {
        var containingType = method.ContainingType?.OriginalDefinition;
        if (containingType is null)
        {
            return null;
        }

        if (_catalogMemberNames.Contains(MemberName(method)) &&
            _catalogTypes.TryGetValue(containingType, out var members) &&
            members.TryGetValue(MemberName(method), out var entry))
        {
            return ModelCallMatch.From(entry);
        }

        if (_configuredMethods.Contains(method) ||
            (method.MethodKind == MethodKind.Ordinary && _configuredTypes.Contains(containingType)))
        {
            return ModelCallMatch.Configured;
        }

        if (MayCarryAimsAttributes(method.ContainingAssembly) && AimsAttributeSymbols.Has(method, AimsAttributeNames.AiModelCall))
        {
            return ModelCallMatch.Declared;
        }

        return null;
    }

    private static IEnumerable<INamedTypeSymbol> SelfAndAncestors(ITypeSymbol type)
    {
        if (type is ITypeParameterSymbol parameter)
        {
            foreach (var constraint in parameter.ConstraintTypes.SelectMany(SelfAndAncestors))
            {
                yield return constraint;
            }

            yield break;
        }

        for (var current = type as INamedTypeSymbol ?? type.BaseType; current is not null; current = current.BaseType)
        {
            yield return current;
        }

        foreach (var implemented in type.AllInterfaces)
        {
            yield return implemented;
        }
    }

    private bool MayCarryAimsAttributes(IAssemblySymbol? assembly) =>
        assembly is not null &&
        (SymbolEqualityComparer.Default.Equals(assembly, _sourceAssembly) || _assembliesUsingAimsAttributes.Contains(assembly));

    private static string MemberName(IMethodSymbol method) =>
        method.MethodKind == MethodKind.Constructor ? AiSdkEntry.Constructor : method.Name;

    /// <summary>The catalogue's resolved types with their members, and the rows of each AI client type (raw HTTP aside) in table order.</summary>
    private static (Dictionary<INamedTypeSymbol, Dictionary<string, AiSdkEntry>> Types, Dictionary<INamedTypeSymbol, List<AiSdkEntry>> ClientRows) ResolveCatalog(Compilation compilation, bool includeSdkRows)
    {
        var types = new Dictionary<INamedTypeSymbol, Dictionary<string, AiSdkEntry>>(SymbolEqualityComparer.Default);
        var clientRows = new Dictionary<INamedTypeSymbol, List<AiSdkEntry>>(SymbolEqualityComparer.Default);
        var sdkTypes = new SdkTypeLookup(compilation);
        foreach (var entry in AiSdkCatalog.Entries.Where(entry => includeSdkRows || entry.Kind == AiCallKind.HttpEndpoint))
        {
            // An SDK row is the SDK's own type, never a look-alike of the same name in source or another assembly.
            var rowTypes = entry.Kind == AiCallKind.HttpEndpoint
                ? compilation.GetTypesByMetadataName(entry.TypeMetadataName).AsEnumerable()
                : sdkTypes.Find(entry.TypeMetadataName);
            foreach (var type in rowTypes)
            {
                if (!types.TryGetValue(type, out var members))
                {
                    members = new Dictionary<string, AiSdkEntry>();
                    types.Add(type, members);
                }

                foreach (var member in entry.Members)
                {
                    members[member] = entry;
                }

                if (entry.Kind != AiCallKind.HttpEndpoint)
                {
                    if (!clientRows.TryGetValue(type, out var rows))
                    {
                        rows = new List<AiSdkEntry>();
                        clientRows.Add(type, rows);
                    }

                    rows.Add(entry);
                }
            }
        }

        return (types, clientRows);
    }

    private static (HashSet<ISymbol> Methods, HashSet<INamedTypeSymbol> Types) ResolveConfiguredSymbols(Compilation compilation, ModelCallSymbolsOption option)
    {
        var methods = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
        var types = new HashSet<INamedTypeSymbol>(SymbolEqualityComparer.Default);
        foreach (var id in option.Ids)
        {
            foreach (var symbol in DocumentationCommentId.GetSymbolsForDeclarationId(id, compilation))
            {
                switch (symbol)
                {
                    case INamedTypeSymbol type:
                        types.Add(type.OriginalDefinition);
                        break;
                    case IMethodSymbol method:
                        methods.Add(method.OriginalDefinition);
                        break;
                }
            }
        }

        return (methods, types);
    }

    private static HashSet<IAssemblySymbol> FindReferencesUsingAimsAttributes(Compilation compilation)
    {
        var assemblies = new HashSet<IAssemblySymbol>(SymbolEqualityComparer.Default);
        foreach (var assembly in compilation.SourceModule.ReferencedAssemblySymbols)
        {
            if (assembly.Name != AimsAttributeNames.AnnotationsAssembly && AimsAttributeSymbols.IsReferencedBy(assembly))
            {
                assemblies.Add(assembly);
            }
        }

        return assemblies;
    }
}
