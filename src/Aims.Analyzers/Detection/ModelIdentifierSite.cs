using System;
using System.Collections.Immutable;
using System.Linq;
using Aims.Manifest.Catalog;
using Aims.Manifest.Vocabulary;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Aims.Analyzers.Detection;

/// <summary>
/// Where code names a model: a constant passed to a model parameter of an AI SDK method or constructor
/// (<c>GetChatClient("…")</c>, <c>new ChatClient("…", …)</c>) or assigned to a Model/ModelId property of an SDK type.
/// Shared by AIMS010 and the manifest's inferred models.
/// </summary>
internal static class ModelIdentifierSite
{
    public static readonly ImmutableHashSet<string> ModelParameterNames =
        ImmutableHashSet.Create(StringComparer.OrdinalIgnoreCase, "model", "modelId", "modelName", "defaultModelId");

    public static readonly ImmutableHashSet<string> ModelPropertyNames =
        ImmutableHashSet.Create(StringComparer.Ordinal, "Model", "ModelId", "ModelName");

    private static readonly ImmutableHashSet<string> ModelCatalogueMembers = AiSdkCatalog.Entries
        .Where(entry => entry.Kind == AiCallKind.Models)
        .SelectMany(entry => entry.Members.Select(member => entry.TypeMetadataName + "." + member))
        .ToImmutableHashSet(StringComparer.Ordinal);

    /// <summary>The value and the SDK's provider (null for provider-neutral SDKs) when <paramref name="argument"/> passes a model to an SDK member.</summary>
    public static (IOperation Value, ModelProvider? Provider)? FromArgument(IArgumentOperation argument, SdkTypeProviders sdkTypes)
    {
        var method = argument.Parent switch
        {
            IInvocationOperation invocation => invocation.TargetMethod,
            IObjectCreationOperation creation => creation.Constructor,
            _ => null,
        };

        return argument.Parameter is { } parameter && ModelParameterNames.Contains(parameter.Name) &&
            method?.ContainingType is { } type && sdkTypes.Of(type) is { IsAiSdk: true } sdk &&
            !ReadsModelCatalogue(method)
            ? (argument.Value, sdk.Provider)
            : null;
    }

    /// <summary>
    /// A member of a row of kind <see cref="AiCallKind.Models"/> (retrieve, list, delete): the model id it takes names a
    /// model of the provider's catalogue, it deploys none, so it is neither a model to pin nor a model the system uses.
    /// </summary>
    private static bool ReadsModelCatalogue(IMethodSymbol method)
    {
        var type = method.ContainingType.OriginalDefinition;
        var typeName = type.ContainingNamespace is { IsGlobalNamespace: false } ns ? ns.ToDisplayString() + "." + type.MetadataName : type.MetadataName;
        return ModelCatalogueMembers.Contains(typeName + "." + method.Name);
    }

    /// <summary>The value and provider when <paramref name="assignment"/> sets a model property of an SDK type.</summary>
    public static (IOperation Value, ModelProvider? Provider)? FromAssignment(ISimpleAssignmentOperation assignment, SdkTypeProviders sdkTypes) =>
        assignment.Target is IPropertyReferenceOperation { Property: { } property } &&
        ModelPropertyNames.Contains(property.Name) &&
        sdkTypes.Of(property.ContainingType) is { IsAiSdk: true } sdk
            ? (assignment.Value, sdk.Provider)
            : null;
}
