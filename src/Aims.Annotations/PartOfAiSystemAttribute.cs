using System;

namespace Aims;

/// <summary>
/// Marks code as a piece of an AI system declared elsewhere with <see cref="AiSystemAttribute"/>, in this
/// assembly or in a referenced one. It covers the AI model calls inside the annotated code like the declaration does.
/// </summary>
[AttributeUsage(AimsAttributeTargets.SystemCode, AllowMultiple = false, Inherited = false)]
public sealed class PartOfAiSystemAttribute : Attribute
{
    /// <summary>Marks code as a piece of the AI system <paramref name="systemId"/>.</summary>
    /// <param name="systemId">The id given to <see cref="AiSystemAttribute"/>.</param>
    public PartOfAiSystemAttribute(string systemId) => SystemId = systemId;

    /// <summary>The id of the AI system this code belongs to.</summary>
    public string SystemId { get; }
}
