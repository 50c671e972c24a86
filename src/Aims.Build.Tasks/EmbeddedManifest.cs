using System.IO;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace Aims.Build.Tasks;

/// <summary>
/// Reads the manifest that the generator embeds, as [assembly: AssemblyMetadata("Aims.Manifest", json)] or, where a
/// project's own type named System hides the namespace, [assembly: Aims.AimsManifest(json)], straight from the file's
/// metadata, without loading the assembly.
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
            var (ns, name) = TypeOf(metadata, attribute.Constructor);

            // Blob: prolog 0x0001, then the constructor's strings.
            var blob = metadata.GetBlobReader(attribute.Value);
            if (blob.ReadUInt16() != 1)
            {
                continue;
            }

            if (ns == "System.Reflection" && name == "AssemblyMetadataAttribute" && blob.ReadSerializedString() == MetadataKey)
            {
                return blob.ReadSerializedString();
            }

            if (ns == "Aims" && name == "AimsManifestAttribute")
            {
                return blob.ReadSerializedString();
            }
        }

        return null;
    }

    private static (string? Namespace, string? Name) TypeOf(MetadataReader metadata, EntityHandle constructor)
    {
        var type = constructor.Kind switch
        {
            HandleKind.MemberReference => metadata.GetMemberReference((MemberReferenceHandle)constructor).Parent,
            HandleKind.MethodDefinition => metadata.GetMethodDefinition((MethodDefinitionHandle)constructor).GetDeclaringType(),
            _ => default(EntityHandle),
        };

        return type.Kind switch
        {
            HandleKind.TypeReference => (metadata.GetString(metadata.GetTypeReference((TypeReferenceHandle)type).Namespace), metadata.GetString(metadata.GetTypeReference((TypeReferenceHandle)type).Name)),
            HandleKind.TypeDefinition => (metadata.GetString(metadata.GetTypeDefinition((TypeDefinitionHandle)type).Namespace), metadata.GetString(metadata.GetTypeDefinition((TypeDefinitionHandle)type).Name)),
            _ => (null, null),
        };
    }
}
