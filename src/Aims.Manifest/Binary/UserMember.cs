using System.Linq;
using System.Reflection.Metadata;

namespace Aims.Manifest.Binary;

/// <summary>
/// The member a person wrote, for a method the compiler may have generated: an async or iterator state machine's
/// MoveNext, a lambda, a local function. Generated names keep the member's name in angle brackets ("&lt;RouteAsync&gt;d__1",
/// "&lt;Main&gt;b__0_0", "&lt;&lt;Main&gt;$&gt;b__0_0"); generated types are nested in the type that was written.
/// </summary>
internal readonly record struct UserMember(TypeDefinitionHandle Type, string Name, bool IsTopLevelStatements)
{
    public const string TopLevelStatements = "top-level statements";

    public static UserMember Of(MetadataReader metadata, MethodDefinitionHandle handle)
    {
        var method = metadata.GetMethodDefinition(handle);
        var methodName = metadata.GetString(method.Name);
        var name = Generated(methodName);
        var topLevel = methodName.Contains("<Main>$");
        var type = method.GetDeclaringType();
        while (metadata.GetString(metadata.GetTypeDefinition(type).Name) is var typeName && typeName.StartsWith("<", System.StringComparison.Ordinal))
        {
            name ??= Generated(typeName);
            topLevel |= typeName.Contains("<Main>$");
            var outer = metadata.GetTypeDefinition(type).GetDeclaringType();
            if (outer.IsNil)
            {
                break;
            }

            type = outer;
        }

        return new UserMember(type, name is null ? Written(metadata, method, methodName) : AsWritten(metadata, type, name), topLevel || methodName == "<Main>$");
    }

    /// <summary>Whether the method is one the compiler wrote: its name or its type's is in angle brackets.</summary>
    public static bool IsGenerated(MetadataReader metadata, MethodDefinitionHandle handle)
    {
        var method = metadata.GetMethodDefinition(handle);
        return metadata.GetString(method.Name).StartsWith("<", System.StringComparison.Ordinal) ||
            metadata.GetString(metadata.GetTypeDefinition(method.GetDeclaringType()).Name).StartsWith("<", System.StringComparison.Ordinal);
    }

    /// <summary>A generated name's member as the analyzers name it: an accessor by its property, a constructor by its type.</summary>
    private static string AsWritten(MetadataReader metadata, TypeDefinitionHandle type, string name) =>
        name is ".ctor" or ".cctor" ? metadata.GetString(metadata.GetTypeDefinition(type).Name).Split('`')[0]
        : Accessors.FirstOrDefault(prefix => name.StartsWith(prefix, System.StringComparison.Ordinal)) is { } accessor ? name.Substring(accessor.Length)
        : name;

    private static readonly string[] Accessors = ["get_", "set_", "add_", "remove_", "init_"];

    /// <summary>The member's name inside the leading angle brackets of a generated name; null for "&lt;&gt;c" and the like.</summary>
    private static string? Generated(string name)
    {
        if (!name.StartsWith("<", System.StringComparison.Ordinal))
        {
            return null;
        }

        var start = 0;
        while (start < name.Length && name[start] == '<')
        {
            start++;
        }

        var end = name.IndexOf('>', start);
        return end > start ? name.Substring(start, end - start) : null;
    }

    /// <summary>A written method's name as code reads it: an accessor by its property or event, a constructor by its type.</summary>
    private static string Written(MetadataReader metadata, MethodDefinition method, string name)
    {
        if (name is ".ctor" or ".cctor")
        {
            var type = metadata.GetString(metadata.GetTypeDefinition(method.GetDeclaringType()).Name);
            return type.Split('`')[0];
        }

        if ((method.Attributes & System.Reflection.MethodAttributes.SpecialName) != 0 &&
            Accessors.FirstOrDefault(prefix => name.StartsWith(prefix, System.StringComparison.Ordinal)) is { } accessor)
        {
            return name.Substring(accessor.Length);
        }

        return name;
    }
}
