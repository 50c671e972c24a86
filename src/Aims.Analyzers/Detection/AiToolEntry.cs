using System.Collections.Immutable;
using Aims.Manifest.Catalog;
using Aims.Manifest.Vocabulary;

namespace Aims.Analyzers.Detection;

/// <summary>One row of <see cref="AiToolCatalog"/>: the members of an SDK type that hand a model a tool.</summary>
/// <param name="Sdk">The SDK family, as the manifest names it.</param>
/// <param name="TypeMetadataName">The declaring type's metadata name (an attribute type for <see cref="AiToolSource.ToolAttribute"/>).</param>
/// <param name="Members">Member names; <see cref="AiSdkEntry.Constructor"/> where creating the type makes the tool.</param>
/// <param name="Source">How the members make tools.</param>
/// <param name="Effect">For a tool the provider runs or defines, what the provider documents it does; the other tools' effect comes from their names.</param>
/// <param name="EffectBasis">Why, in the words the manifest and messages use.</param>
internal sealed record AiToolEntry(
    string Sdk,
    string TypeMetadataName,
    ImmutableArray<string> Members,
    AiToolSource Source,
    AiToolEffect Effect = AiToolEffect.Unknown,
    string? EffectBasis = null)
{
    /// <summary>The type as messages and the manifest name it: without namespace or arity.</summary>
    public string TypeSimpleName => TypeMetadataName.Substring(TypeMetadataName.LastIndexOfAny(new[] { '.', '+' }) + 1).Split('`')[0];

    /// <summary>What made the tool, as the manifest's handedBy says it: 'AIFunctionFactory.Create', 'new HostedWebSearchTool', '[McpServerTool]'.</summary>
    public string HandedBy(string member) => Source switch
    {
        AiToolSource.ToolAttribute => "[" + TypeSimpleName.Substring(0, TypeSimpleName.Length - "Attribute".Length) + "]",
        _ when member == AiSdkEntry.Constructor => "new " + TypeSimpleName,
        _ => TypeSimpleName + "." + member,
    };
}
