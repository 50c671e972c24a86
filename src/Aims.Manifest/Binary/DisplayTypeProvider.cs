using System.Collections.Immutable;
using System.Reflection.Metadata;

namespace Aims.Manifest.Binary;

/// <summary>Decodes signature types to the names code reads, for the receiver of an extension method call.</summary>
internal sealed class DisplayTypeProvider : ISignatureTypeProvider<string, object?>
{
    private readonly TypeNames _names;

    public DisplayTypeProvider(TypeNames names) => _names = names;

    public string GetPrimitiveType(PrimitiveTypeCode typeCode) => typeCode.ToString();

    public string GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind) => _names.Display(handle);

    public string GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind) => _names.Display(handle);

    public string GetTypeFromSpecification(MetadataReader reader, object? genericContext, TypeSpecificationHandle handle, byte rawTypeKind) => _names.Display(handle);

    // The definition's name, as the analyzers name a receiver (IEmbeddingGenerator<TInput, TEmbedding>, not its arguments).
    public string GetGenericInstantiation(string genericType, ImmutableArray<string> typeArguments) => genericType;

    public string GetArrayType(string elementType, ArrayShape shape) => elementType + "[]";

    public string GetSZArrayType(string elementType) => elementType + "[]";

    public string GetByReferenceType(string elementType) => elementType;

    public string GetPointerType(string elementType) => elementType + "*";

    public string GetPinnedType(string elementType) => elementType;

    public string GetModifiedType(string modifier, string unmodifiedType, bool isRequired) => unmodifiedType;

    public string GetGenericMethodParameter(object? genericContext, int index) => "M" + index;

    public string GetGenericTypeParameter(object? genericContext, int index) => "T" + index;

    public string GetFunctionPointerType(MethodSignature<string> signature) => "delegate*";
}
