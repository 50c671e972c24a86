using System.Collections.Immutable;
using System.Linq;
using System.Reflection.Metadata;

namespace Aims.Manifest.Binary;

/// <summary>
/// Names of types in metadata: the full metadata name the catalogue keys rows by ("Ns.Outer+Inner`1"), the name code
/// reads ("Outer.Inner&lt;T&gt;"), and the assembly a referenced type comes from. A generic instantiation is named by its
/// definition.
/// </summary>
internal sealed class TypeNames
{
    private readonly MetadataReader _metadata;

    public TypeNames(MetadataReader metadata) => _metadata = metadata;

    /// <summary>The type's metadata name, or null for what is no named type (an array, a pointer, a generic parameter).</summary>
    public string? FullName(EntityHandle handle) => Definition(handle) switch
    {
        { Kind: HandleKind.TypeDefinition } definition => FullName((TypeDefinitionHandle)definition),
        { Kind: HandleKind.TypeReference } reference => FullName((TypeReferenceHandle)reference),
        _ => null,
    };

    public string FullName(TypeDefinitionHandle handle)
    {
        var type = _metadata.GetTypeDefinition(handle);
        var name = _metadata.GetString(type.Name);
        var outer = type.GetDeclaringType();
        return outer.IsNil ? Qualified(_metadata.GetString(type.Namespace), name) : FullName(outer) + "+" + name;
    }

    public string FullName(TypeReferenceHandle handle)
    {
        var type = _metadata.GetTypeReference(handle);
        var name = _metadata.GetString(type.Name);
        return type.ResolutionScope.Kind == HandleKind.TypeReference
            ? FullName((TypeReferenceHandle)type.ResolutionScope) + "+" + name
            : Qualified(_metadata.GetString(type.Namespace), name);
    }

    /// <summary>The assembly a referenced type comes from; null for a type of this module.</summary>
    public string? AssemblyOf(EntityHandle handle)
    {
        var definition = Definition(handle);
        if (definition is not { Kind: HandleKind.TypeReference } reference)
        {
            return null;
        }

        var scope = _metadata.GetTypeReference((TypeReferenceHandle)reference).ResolutionScope;
        while (scope.Kind == HandleKind.TypeReference)
        {
            scope = _metadata.GetTypeReference((TypeReferenceHandle)scope).ResolutionScope;
        }

        return scope.Kind == HandleKind.AssemblyReference
            ? _metadata.GetString(_metadata.GetAssemblyReference((AssemblyReferenceHandle)scope).Name)
            : null;
    }

    /// <summary>The name as code reads it: containing types and type parameters, no namespace ("Outer.Inner&lt;T&gt;").</summary>
    public string Display(EntityHandle handle) => Definition(handle) switch
    {
        { Kind: HandleKind.TypeDefinition } definition => Display((TypeDefinitionHandle)definition),
        { Kind: HandleKind.TypeReference } reference => Display((TypeReferenceHandle)reference),
        _ => "?",
    };

    public string Display(TypeDefinitionHandle handle)
    {
        var type = _metadata.GetTypeDefinition(handle);
        var outer = type.GetDeclaringType();
        var parameters = type.GetGenericParameters().Select(p => _metadata.GetString(_metadata.GetGenericParameter(p).Name)).ToImmutableArray();

        // A nested type's parameters include its outer types'; the name shows its own only.
        var own = outer.IsNil ? parameters : parameters.Skip(_metadata.GetTypeDefinition(outer).GetGenericParameters().Count).ToImmutableArray();
        var name = WithParameters(_metadata.GetString(type.Name), own);
        return outer.IsNil ? name : Display(outer) + "." + name;
    }

    private string Display(TypeReferenceHandle handle)
    {
        var type = _metadata.GetTypeReference(handle);
        var name = _metadata.GetString(type.Name);

        // A referenced type's parameter names are in its own assembly: they are shown by position.
        var arity = name.IndexOf('`') is var tick and >= 0 && int.TryParse(name.Substring(tick + 1), out var count) ? count : 0;
        var shown = WithParameters(name, Enumerable.Range(1, arity).Select(i => arity == 1 ? "T" : "T" + i).ToImmutableArray());
        return type.ResolutionScope.Kind == HandleKind.TypeReference ? Display((TypeReferenceHandle)type.ResolutionScope) + "." + shown : shown;
    }

    /// <summary>A type specification's generic definition; definitions and references as they are.</summary>
    public EntityHandle? Definition(EntityHandle handle)
    {
        switch (handle.Kind)
        {
            case HandleKind.TypeDefinition:
            case HandleKind.TypeReference:
                return handle;
            case HandleKind.TypeSpecification:
                var blob = _metadata.GetBlobReader(_metadata.GetTypeSpecification((TypeSpecificationHandle)handle).Signature);
                if (blob.ReadSignatureTypeCode() != SignatureTypeCode.GenericTypeInstance)
                {
                    return null;
                }

                blob.ReadByte(); // CLASS or VALUETYPE
                return blob.ReadTypeHandle();
            default:
                return null;
        }
    }

    private static string Qualified(string ns, string name) => ns.Length == 0 ? name : ns + "." + name;

    private static string WithParameters(string name, ImmutableArray<string> parameters)
    {
        var tick = name.IndexOf('`');
        var bare = tick >= 0 ? name.Substring(0, tick) : name;
        return parameters.IsEmpty ? bare : bare + "<" + string.Join(", ", parameters) + ">";
    }
}
