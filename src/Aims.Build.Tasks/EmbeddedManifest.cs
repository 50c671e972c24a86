using System.IO;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace Aims.Build.Tasks;

/// <summary>
/// Reads the manifest that the generator embeds as [assembly: AssemblyMetadata("Aims.Manifest", json)] straight from
/// the file's metadata, without loading the assembly.
/// </summary>
internal static class EmbeddedManifest
{
    public const string MetadataKey = "Aims.Manifest";

    /// <summary>The embedded manifest, or null when the assembly carries none.</summary>
    public static string? Read(string assemblyPath)
    {
        using var stream = File.OpenRead(assemblyPath);
        using var pe = new PEReader(stream);
        if (!pe.HasMetadata)
        {
            return null;
        }

        var metadata = pe.GetMetadataReader();
        foreach (var handle in metadata.GetAssemblyDefinition().GetCustomAttributes())
        {
            var attribute = metadata.GetCustomAttribute(handle);
            if (!IsAssemblyMetadataAttribute(metadata, attribute.Constructor))
            {
                continue;
            }

            // Blob: prolog 0x0001, then the two constructor strings (key, value).
            var blob = metadata.GetBlobReader(attribute.Value);
            if (blob.ReadUInt16() != 1)
            {
                continue;
            }

            if (blob.ReadSerializedString() == MetadataKey)
            {
                return blob.ReadSerializedString();
            }
        }

        return null;
    }

    private static bool IsAssemblyMetadataAttribute(MetadataReader metadata, EntityHandle constructor)
    {
        var type = constructor.Kind switch
        {
            HandleKind.MemberReference => metadata.GetMemberReference((MemberReferenceHandle)constructor).Parent,
            HandleKind.MethodDefinition => metadata.GetMethodDefinition((MethodDefinitionHandle)constructor).GetDeclaringType(),
            _ => default(EntityHandle),
        };

        return type.Kind switch
        {
            HandleKind.TypeReference => IsName(metadata, metadata.GetTypeReference((TypeReferenceHandle)type).Namespace, metadata.GetTypeReference((TypeReferenceHandle)type).Name),
            HandleKind.TypeDefinition => IsName(metadata, metadata.GetTypeDefinition((TypeDefinitionHandle)type).Namespace, metadata.GetTypeDefinition((TypeDefinitionHandle)type).Name),
            _ => false,
        };
    }

    private static bool IsName(MetadataReader metadata, StringHandle ns, StringHandle name) =>
        metadata.StringComparer.Equals(ns, "System.Reflection") && metadata.StringComparer.Equals(name, "AssemblyMetadataAttribute");
}
