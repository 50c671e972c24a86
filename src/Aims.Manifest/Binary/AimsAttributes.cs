using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection.Metadata;
using System.Text;

namespace Aims.Manifest.Binary;

/// <summary>The Aims attributes that decide what covers a call, read from custom attributes in metadata.</summary>
internal sealed class AimsAttributes
{
    private const string AiSystem = "Aims.AiSystemAttribute";
    private const string PartOfAiSystem = "Aims.PartOfAiSystemAttribute";
    private const string AiModelCall = "Aims.AiModelCallAttribute";

    private readonly MetadataReader _metadata;
    private readonly TypeNames _names;

    public AimsAttributes(MetadataReader metadata, TypeNames names)
    {
        _metadata = metadata;
        _names = names;
    }

    /// <summary>The system id an [AiSystem] or [PartOfAiSystem] among these attributes names ("" when it names none), or null.</summary>
    public string? SystemId(CustomAttributeHandleCollection attributes)
    {
        foreach (var handle in attributes)
        {
            var attribute = _metadata.GetCustomAttribute(handle);
            if (TypeOf(attribute) is AiSystem or PartOfAiSystem)
            {
                return FirstString(attribute) ?? string.Empty;
            }
        }

        return null;
    }

    /// <summary>The ids of every [AiSystem] in the assembly's metadata: the systems it declares, whatever its build embedded.</summary>
    public IReadOnlyList<string> DeclaredSystemIds()
    {
        var ids = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var handle in _metadata.CustomAttributes)
        {
            var attribute = _metadata.GetCustomAttribute(handle);
            if (TypeOf(attribute) == AiSystem && FirstString(attribute) is { Length: > 0 } id)
            {
                ids.Add(id);
            }
        }

        return ids.ToList();
    }

    /// <summary>Whether these attributes hold [AiModelCall]: the member is a model call of its own.</summary>
    public bool IsModelCall(CustomAttributeHandleCollection attributes)
    {
        foreach (var handle in attributes)
        {
            if (TypeOf(_metadata.GetCustomAttribute(handle)) == AiModelCall)
            {
                return true;
            }
        }

        return false;
    }

    private string? TypeOf(CustomAttribute attribute) => attribute.Constructor.Kind switch
    {
        HandleKind.MemberReference => _names.FullName(_metadata.GetMemberReference((MemberReferenceHandle)attribute.Constructor).Parent),
        HandleKind.MethodDefinition => _names.FullName(_metadata.GetMethodDefinition((MethodDefinitionHandle)attribute.Constructor).GetDeclaringType()),
        _ => null,
    };

    /// <summary>The first constructor argument when it is a string (ECMA-335 II.23.3: prolog, then a SerString).</summary>
    private string? FirstString(CustomAttribute attribute)
    {
        var blob = _metadata.GetBlobReader(attribute.Value);
        if (blob.Length < 3 || blob.ReadUInt16() != 1)
        {
            return null;
        }

        if (blob.ReadByte() == 0xFF)
        {
            return null;
        }

        blob.Offset--;
        var length = blob.ReadCompressedInteger();
        return length <= blob.RemainingBytes ? Encoding.UTF8.GetString(blob.ReadBytes(length)) : null;
    }
}
