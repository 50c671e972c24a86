using System;
using System.IO;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace Aims.Manifest;

/// <summary>
/// The one reader of the manifest that the generator embeds in an assembly, straight from its metadata and without
/// loading it: <c>[assembly: AssemblyMetadata("Aims.Manifest", json)]</c>, or <c>[assembly: Aims.AimsManifest(json)]</c>
/// where a project's own <c>System</c> type hides the first. The first of the two in metadata order wins.
/// </summary>
internal static class EmbeddedManifest
{
    public const string MetadataKey = "Aims.Manifest";

    private const byte StringElementType = 0x0E;

    /// <summary>The embedded JSON of an assembly already read into memory (from a pipe, say), or null when it carries none.</summary>
    /// <exception cref="ManifestReadException">The bytes are no .NET assembly.</exception>
    public static string? Read(byte[] image)
    {
        using var stream = new MemoryStream(image, writable: false);
        return Read(stream);
    }

    /// <summary>Whether bytes start as a PE image does ("MZ"), and so may be an assembly rather than JSON.</summary>
    public static bool LooksLikeAnAssembly(byte[] bytes) => bytes.Length >= 2 && bytes[0] == (byte)'M' && bytes[1] == (byte)'Z';

    /// <summary>The embedded JSON of an assembly in a seekable stream, or null when it carries none.</summary>
    /// <exception cref="ManifestReadException">The stream holds no .NET assembly.</exception>
    public static string? Read(Stream stream)
    {
        using var pe = new PEReader(stream, PEStreamOptions.LeaveOpen);
        MetadataReader metadata;
        try
        {
            if (!pe.HasMetadata)
            {
                throw new ManifestReadException("is not a .NET assembly (a native executable without .NET metadata)");
            }

            metadata = pe.GetMetadataReader();
        }
        catch (BadImageFormatException)
        {
            throw new ManifestReadException("is not a .NET assembly (not a valid PE file)");
        }

        if (!metadata.IsAssembly)
        {
            throw new ManifestReadException("is not a .NET assembly (a module without an assembly manifest)");
        }

        try
        {
            return FindManifest(metadata);
        }
        catch (BadImageFormatException)
        {
            throw new ManifestReadException("is not a readable .NET assembly (its metadata is corrupt)");
        }
    }

    /// <summary>The embedded JSON of an assembly whose metadata is already open, or null when it carries none.</summary>
    public static string? FindManifest(MetadataReader metadata)
    {
        foreach (var handle in metadata.GetAssemblyDefinition().GetCustomAttributes())
        {
            var attribute = metadata.GetCustomAttribute(handle);
            var (ns, name, stringParameters) = DescribeConstructor(metadata, attribute.Constructor);
            var value = metadata.GetBlobReader(attribute.Value);
            if (value.ReadUInt16() != 1)
            {
                continue;
            }

            if (ns == "System.Reflection" && name == "AssemblyMetadataAttribute" && stringParameters == 2 &&
                value.ReadSerializedString() == MetadataKey)
            {
                return value.ReadSerializedString();
            }

            if (ns == "Aims" && name == "AimsManifestAttribute" && stringParameters == 1)
            {
                return value.ReadSerializedString();
            }
        }

        return null;
    }

    /// <summary>The constructor's type and how many parameters it has, or -1 when any of them is not a string.</summary>
    private static (string Namespace, string Name, int StringParameters) DescribeConstructor(MetadataReader metadata, EntityHandle constructor)
    {
        var (type, signature) = constructor.Kind switch
        {
            HandleKind.MemberReference => (metadata.GetMemberReference((MemberReferenceHandle)constructor).Parent, metadata.GetMemberReference((MemberReferenceHandle)constructor).Signature),
            HandleKind.MethodDefinition => ((EntityHandle)metadata.GetMethodDefinition((MethodDefinitionHandle)constructor).GetDeclaringType(), metadata.GetMethodDefinition((MethodDefinitionHandle)constructor).Signature),
            _ => (default, default),
        };

        var (ns, name) = type.Kind switch
        {
            HandleKind.TypeReference => NameOf(metadata, metadata.GetTypeReference((TypeReferenceHandle)type)),
            HandleKind.TypeDefinition => NameOf(metadata, metadata.GetTypeDefinition((TypeDefinitionHandle)type)),
            _ => ("", ""),
        };

        return (ns, name, ns.Length == 0 && name.Length == 0 ? -1 : CountStringParameters(metadata.GetBlobReader(signature)));
    }

    private static int CountStringParameters(BlobReader signature)
    {
        signature.ReadSignatureHeader();
        var count = signature.ReadCompressedInteger();
        signature.ReadByte(); // the return type: void
        for (var i = 0; i < count; i++)
        {
            if (signature.ReadByte() != StringElementType)
            {
                return -1;
            }
        }

        return count;
    }

    private static (string, string) NameOf(MetadataReader metadata, TypeReference type) =>
        (metadata.GetString(type.Namespace), metadata.GetString(type.Name));

    private static (string, string) NameOf(MetadataReader metadata, TypeDefinition type) =>
        (metadata.GetString(type.Namespace), metadata.GetString(type.Name));
}
