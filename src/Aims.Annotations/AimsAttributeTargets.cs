using System;

namespace Aims;

/// <summary>Where governance attributes may be written: code that makes up an AI system, or the whole assembly.</summary>
internal static class AimsAttributeTargets
{
    public const AttributeTargets SystemCode =
        AttributeTargets.Assembly | AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Interface |
        AttributeTargets.Method | AttributeTargets.Constructor | AttributeTargets.Property;
}
