using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Aims.Analyzers.Declarations;
using Aims.Analyzers.Model;
using Aims.Manifest.Screening;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Aims.Analyzers.Detection;

/// <summary>
/// The credentials written as constants in one compilation (<see cref="WrittenConstant"/>): passed to a credential
/// parameter or set on a credential property of <see cref="CredentialSites"/>, or in one of the <see cref="KeyFormats"/>
/// passed to or set on an AI SDK type. Shared by AIMS014 and the manifest.
/// </summary>
internal sealed class CredentialSiteDetector
{
    private readonly Dictionary<INamedTypeSymbol, CredentialSite> _sites = new(SymbolEqualityComparer.Default);
    private readonly IAssemblySymbol _compiled;
    private readonly SdkTypeProviders _sdkTypes = new();

    public CredentialSiteDetector(Compilation compilation)
    {
        _compiled = compilation.Assembly;
        foreach (var site in CredentialSites.All)
        {
            if (site.TypeMetadataName is { } name && compilation.GetTypeByMetadataName(name) is { } type)
            {
                _sites[type] = site;
            }
        }
    }

    /// <summary>The credential an argument passes to a credential parameter, or in a key format to an AI SDK member; or null.</summary>
    public CredentialModel? FromArgument(IArgumentOperation argument, CancellationToken cancellationToken)
    {
        if (argument.Parameter is not { } parameter || WrittenConstant.Of(argument.Value) is not { } value)
        {
            return null;
        }

        var method = argument.Parent switch
        {
            IInvocationOperation invocation => invocation.TargetMethod,
            IObjectCreationOperation creation => creation.Constructor,
            _ => null,
        };

        return method?.ContainingType is { } type && (IsCredential(type, parameter.Name, site => site.Parameters) || IsKeyPassedToSdk(type, value))
            ? new CredentialModel(AttributeUseReader.LocationOf(argument.Value.Syntax, cancellationToken), type.Name)
            : null;
    }

    /// <summary>The credential an assignment sets on a credential property, or in a key format on a property of an AI SDK type; or null.</summary>
    public CredentialModel? FromAssignment(IOperation operation, CancellationToken cancellationToken) =>
        operation is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property: { } property } } assignment &&
        WrittenConstant.Of(assignment.Value) is { } value &&
        (IsCredential(property.ContainingType, property.Name, site => site.Properties) || IsKeyPassedToSdk(property.ContainingType, value))
            ? new CredentialModel(AttributeUseReader.LocationOf(assignment.Value.Syntax, cancellationToken), property.ContainingType.Name)
            : null;

    private bool IsCredential(INamedTypeSymbol type, string name, Func<CredentialSite, ImmutableArray<string>> names)
    {
        if (_sites.TryGetValue(type.OriginalDefinition, out var site) && names(site).Contains(name))
        {
            return true;
        }

        // Types of the project itself are never SDK types, whatever their assembly is called.
        return names(CredentialSites.AnySdkType).Contains(name) &&
            type.ContainingAssembly is { } assembly &&
            !SymbolEqualityComparer.Default.Equals(assembly, _compiled) &&
            SdkAssemblies.IsSdk(assembly.Name);
    }

    private bool IsKeyPassedToSdk(INamedTypeSymbol type, string value) => KeyFormats.Matches(value) && _sdkTypes.Of(type).IsAiSdk;
}
