using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;
using Aims.Manifest.Catalog;
using Aims.Manifest.Screening;
using Aims.Manifest.Vocabulary;

namespace Aims.Manifest.Binary;

/// <summary>
/// Finds the AI calls of an assembly in its IL, without loading or running it: every call, virtual call, object creation
/// and delegate creation whose target is a member of the catalogue (on an AI SDK's own type, in an SDK's assembly or in
/// the scanned assembly when it is an SDK itself), a member of a type of the
/// assembly that derives from or implements a catalogued type, or a method of the assembly marked [AiModelCall]. Calls
/// in compiler-generated methods are reported under the member that was written; a portable PDB, embedded or given,
/// adds each call's file and line. Raw HTTP calls are not found here: their URL is a value, not a symbol.
/// </summary>
internal sealed class AssemblyScanner
{
    private static readonly Dictionary<string, Dictionary<string, AiSdkEntry>> Rows = AiSdkCatalog.Entries
        .Where(entry => entry.Kind != AiCallKind.HttpEndpoint)
        .GroupBy(entry => entry.TypeMetadataName, StringComparer.Ordinal)
        .ToDictionary(
            group => group.Key,
            group => group.SelectMany(entry => entry.Members.Select(member => (member, entry)))
                .GroupBy(pair => pair.member, StringComparer.Ordinal)
                .ToDictionary(pair => pair.Key, pair => pair.First().entry, StringComparer.Ordinal),
            StringComparer.Ordinal);

    private readonly PEReader _pe;
    private readonly MetadataReader _metadata;
    private readonly TypeNames _names;
    private readonly AimsAttributes _attributes;
    private readonly SourceLines? _lines;

    // An AI SDK's own assembly: its types are the catalogued ones, so calls among them are found too.
    private readonly bool _isSdk;

    // Method bodies that are not valid IL are passed over, and counted, so the manifest can say so.
    private int _unreadableMethods;
    private readonly Dictionary<TypeDefinitionHandle, List<string>> _catalogedAncestors = new();

    // A method body names the same few members again and again: each is matched once.
    private readonly Dictionary<EntityHandle, Matched?> _matches = new();

    private AssemblyScanner(PEReader pe, MetadataReader? pdb)
    {
        _pe = pe;
        _metadata = pe.GetMetadataReader();
        _names = new TypeNames(_metadata);
        _attributes = new AimsAttributes(_metadata, _names);
        _lines = pdb is null ? null : new SourceLines(pdb);
        _isSdk = SdkAssemblies.IsSdk(_metadata.GetString(_metadata.GetAssemblyDefinition().Name));
    }

    /// <summary>Scans an assembly image; <paramref name="openPdb"/> opens a PDB file the image names, when it is not embedded.</summary>
    /// <exception cref="ManifestReadException">The image is no .NET assembly, or its metadata cannot be read.</exception>
    public static AssemblyScan Scan(Stream image, Func<string, Stream?>? openPdb)
    {
        using var pe = new PEReader(image, PEStreamOptions.LeaveOpen);
        try
        {
            if (!pe.HasMetadata || !pe.GetMetadataReader().IsAssembly)
            {
                throw new ManifestReadException("is not a .NET assembly");
            }

            MetadataReaderProvider? pdb = null;
            try
            {
                pdb = OpenPdb(pe, openPdb);
                var scanner = new AssemblyScanner(pe, pdb?.GetMetadataReader());
                var definition = scanner._metadata.GetAssemblyDefinition();
                var isReference = scanner.IsReferenceAssembly();
                var calls = isReference ? [] : scanner.Calls().ToList();
                return new AssemblyScan(
                    scanner._metadata.GetString(definition.Name),
                    definition.Version.ToString(),
                    calls,
                    pdb is not null,
                    EmbeddedManifest.FindManifest(scanner._metadata),
                    isReference,
                    scanner._unreadableMethods,
                    scanner._attributes.DeclaredSystemIds());
            }
            finally
            {
                pdb?.Dispose();
            }
        }
        catch (BadImageFormatException e)
        {
            throw new ManifestReadException($"is not a .NET assembly ({e.Message.TrimEnd('.')})");
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            throw new ManifestReadException($"is not a readable .NET assembly ({e.Message})");
        }
    }

    private static MetadataReaderProvider? OpenPdb(PEReader pe, Func<string, Stream?>? openPdb)
    {
        foreach (var entry in pe.ReadDebugDirectory())
        {
            if (entry.Type == DebugDirectoryEntryType.EmbeddedPortablePdb)
            {
                return pe.ReadEmbeddedPortablePdbDebugDirectoryData(entry);
            }
        }

        foreach (var entry in pe.ReadDebugDirectory())
        {
            if (entry.Type == DebugDirectoryEntryType.CodeView && openPdb is not null &&
                pe.ReadCodeViewDebugDirectoryData(entry) is var codeView &&
                openPdb(Path.GetFileName(codeView.Path.Replace('\\', '/'))) is { } stream)
            {
                var provider = MetadataReaderProvider.FromPortablePdbStream(stream);
                try
                {
                    // A PDB of another build of the assembly would give wrong lines: its id must be the one the image names.
                    if (new Guid(provider.GetMetadataReader().DebugMetadataHeader!.Id.Take(16).ToArray()) == codeView.Guid)
                    {
                        return provider;
                    }

                    provider.Dispose();
                }
                catch (BadImageFormatException)
                {
                    // A Windows PDB, or no PDB: the calls are still found, by member.
                    provider.Dispose();
                }
            }
        }

        return null;
    }

    private IEnumerable<BinaryCall> Calls()
    {
        foreach (var typeHandle in _metadata.TypeDefinitions)
        {
            foreach (var methodHandle in _metadata.GetTypeDefinition(typeHandle).GetMethods())
            {
                var method = _metadata.GetMethodDefinition(methodHandle);

                // Native (C++/CLI), runtime-provided and internal-call methods have no IL to read.
                if (method.RelativeVirtualAddress == 0 ||
                    (method.ImplAttributes & System.Reflection.MethodImplAttributes.CodeTypeMask) != System.Reflection.MethodImplAttributes.IL ||
                    (method.ImplAttributes & System.Reflection.MethodImplAttributes.InternalCall) != 0)
                {
                    continue;
                }

                List<(int Offset, EntityHandle Target)> targets;
                try
                {
                    targets = IlInstructions.MethodTargets(_pe.GetMethodBody(method.RelativeVirtualAddress)).ToList();
                }
                catch (Exception e) when (e is BadImageFormatException or ArgumentException)
                {
                    _unreadableMethods++;
                    continue;
                }

                UserMember? user = null;
                foreach (var (offset, target) in targets)
                {
                    if (!_matches.TryGetValue(target, out var found))
                    {
                        _matches[target] = found = Match(target);
                    }

                    if (found is not { } match)
                    {
                        continue;
                    }

                    user ??= UserMember.Of(_metadata, methodHandle);

                    // In an SDK's own assembly, a catalogued type's member calling another of the same type is the SDK's workings.
                    if (_isSdk && match.DeclaringType == _names.FullName(user.Value.Type))
                    {
                        continue;
                    }

                    if (IsImplementationOfAModelCall(methodHandle, user.Value))
                    {
                        break;
                    }

                    var at = _lines?.At(methodHandle, offset);
                    yield return new BinaryCall(
                        user.Value.IsTopLevelStatements ? UserMember.TopLevelStatements : _names.Display(user.Value.Type) + "." + user.Value.Name,
                        match.Callee,
                        match.Sdk,
                        match.Provider,
                        match.Kind,
                        at?.Path,
                        at?.Line,
                        SystemOf(methodHandle, user.Value));
                }
            }
        }
    }

    private sealed record Matched(string Callee, string Sdk, ModelProvider? Provider, AiCallKind Kind, string? DeclaringType);

    private Matched? Match(EntityHandle target)
    {
        if (target.Kind == HandleKind.MethodSpecification)
        {
            target = _metadata.GetMethodSpecification((MethodSpecificationHandle)target).Method;
        }

        EntityHandle declaringType;
        string name;
        BlobHandle signature;
        switch (target.Kind)
        {
            case HandleKind.MethodDefinition:
                var definition = _metadata.GetMethodDefinition((MethodDefinitionHandle)target);
                if (_attributes.IsModelCall(definition.GetCustomAttributes()))
                {
                    var owner = _names.Display(definition.GetDeclaringType());
                    return new Matched(owner + "." + _metadata.GetString(definition.Name), DeclaredSdk, null, AiCallKind.Custom, null);
                }

                declaringType = definition.GetDeclaringType();
                name = _metadata.GetString(definition.Name);
                signature = definition.Signature;
                break;
            case HandleKind.MemberReference:
                var reference = _metadata.GetMemberReference((MemberReferenceHandle)target);
                declaringType = reference.Parent;
                name = _metadata.GetString(reference.Name);
                signature = reference.Signature;
                break;
            default:
                return null;
        }

        if (RowFor(declaringType, name) is not { } row)
        {
            return null;
        }

        var callee = name == AiSdkEntry.Constructor
            ? "new " + _names.Display(declaringType)
            : (ExtensionReceiver(row, signature) ?? _names.Display(declaringType)) + "." + name;
        return new Matched(callee, row.Sdk, row.Provider, row.Kind, _names.FullName(declaringType));
    }

    /// <summary>The sdk the analyzers name for a call to an [AiModelCall] member.</summary>
    private const string DeclaredSdk = "[AiModelCall]";

    /// <summary>The row of a member on an SDK's own catalogued type, or on a type of this assembly derived from one.</summary>
    private AiSdkEntry? RowFor(EntityHandle declaringType, string member)
    {
        if (_names.FullName(declaringType) is { } fullName &&
            (_names.AssemblyOf(declaringType) is { } assembly ? SdkAssemblies.IsSdk(assembly) : _isSdk) &&
            Rows.TryGetValue(fullName, out var members) && members.TryGetValue(member, out var row))
        {
            return row;
        }

        if (_names.Definition(declaringType) is { Kind: HandleKind.TypeDefinition } own)
        {
            foreach (var ancestor in CatalogedAncestors((TypeDefinitionHandle)own))
            {
                if (Rows[ancestor].TryGetValue(member, out var inherited))
                {
                    return inherited;
                }
            }
        }

        return null;
    }

    /// <summary>The catalogued SDK types a type of this assembly derives from or implements, through its own base types.</summary>
    private List<string> CatalogedAncestors(TypeDefinitionHandle handle)
    {
        if (_catalogedAncestors.TryGetValue(handle, out var known))
        {
            return known;
        }

        var found = new List<string>();
        _catalogedAncestors[handle] = found;
        var type = _metadata.GetTypeDefinition(handle);
        var bases = type.GetInterfaceImplementations().Select(i => _metadata.GetInterfaceImplementation(i).Interface).ToList();
        if (!type.BaseType.IsNil)
        {
            bases.Add(type.BaseType);
        }

        foreach (var ancestor in bases)
        {
            if (_names.Definition(ancestor) is not { } definition)
            {
                continue;
            }

            if (definition.Kind == HandleKind.TypeDefinition)
            {
                found.AddRange(CatalogedAncestors((TypeDefinitionHandle)definition));
            }
            else if (_names.FullName(definition) is { } name && Rows.ContainsKey(name) &&
                     _names.AssemblyOf(definition) is { } assembly && SdkAssemblies.IsSdk(assembly))
            {
                found.Add(name);
            }
        }

        return found;
    }

    /// <summary>An extension method reads as a member of its first parameter's type, as the analyzers name it.</summary>
    private string? ExtensionReceiver(AiSdkEntry row, BlobHandle signature)
    {
        if (!row.TypeMetadataName.EndsWith("Extensions", StringComparison.Ordinal))
        {
            return null;
        }

        try
        {
            var method = _metadata.GetBlobReader(signature);
            var header = method.ReadSignatureHeader();
            if (header.Kind != SignatureKind.Method || header.IsInstance)
            {
                return null;
            }

            var decoded = _metadata.GetBlobReader(signature);
            var parameters = new SignatureDecoder<string, object?>(new DisplayTypeProvider(_names), _metadata, null).DecodeMethodSignature(ref decoded).ParameterTypes;
            return parameters.IsEmpty ? null : parameters[0];
        }
        catch (BadImageFormatException)
        {
            return null;
        }
    }

    /// <summary>Calls inside a member that is a model call of its own are its implementation, as the analyzers count them.</summary>
    private bool IsImplementationOfAModelCall(MethodDefinitionHandle method, UserMember user) =>
        _attributes.IsModelCall(_metadata.GetMethodDefinition(method).GetCustomAttributes()) ||
        WrittenMethods(method, user).Any(written => _attributes.IsModelCall(_metadata.GetMethodDefinition(written).GetCustomAttributes()));

    private bool IsReferenceAssembly()
    {
        foreach (var handle in _metadata.GetAssemblyDefinition().GetCustomAttributes())
        {
            var constructor = _metadata.GetCustomAttribute(handle).Constructor;
            if (constructor.Kind == HandleKind.MemberReference &&
                _names.FullName(_metadata.GetMemberReference((MemberReferenceHandle)constructor).Parent) == "System.Runtime.CompilerServices.ReferenceAssemblyAttribute")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// What covers a call, walking outwards as the analyzers do: the generated method itself (a lambda or local function
    /// can carry the attribute), the member written, its property, the types that contain it, then the assembly.
    /// </summary>
    private string? SystemOf(MethodDefinitionHandle method, UserMember user)
    {
        if (_attributes.SystemId(_metadata.GetMethodDefinition(method).GetCustomAttributes()) is { } own)
        {
            return own;
        }

        foreach (var written in WrittenMethods(method, user))
        {
            if (_attributes.SystemId(_metadata.GetMethodDefinition(written).GetCustomAttributes()) is { } id)
            {
                return id;
            }
        }

        var type = _metadata.GetTypeDefinition(user.Type);
        foreach (var propertyHandle in type.GetProperties())
        {
            var property = _metadata.GetPropertyDefinition(propertyHandle);
            if (_metadata.GetString(property.Name) == user.Name && _attributes.SystemId(property.GetCustomAttributes()) is { } ofProperty)
            {
                return ofProperty;
            }
        }

        for (var current = user.Type; !current.IsNil; current = _metadata.GetTypeDefinition(current).GetDeclaringType())
        {
            if (_attributes.SystemId(_metadata.GetTypeDefinition(current).GetCustomAttributes()) is { } ofType)
            {
                return ofType;
            }
        }

        return _attributes.SystemId(_metadata.GetAssemblyDefinition().GetCustomAttributes());
    }

    /// <summary>
    /// The written methods a method's calls belong to: the method itself when a person wrote it; for a generated one, the
    /// methods of the written type that carry the written member's name (its overloads or accessors: the generated name
    /// does not say which).
    /// </summary>
    private IEnumerable<MethodDefinitionHandle> WrittenMethods(MethodDefinitionHandle method, UserMember user) =>
        !UserMember.IsGenerated(_metadata, method)
            ? [method]
            : _metadata.GetTypeDefinition(user.Type).GetMethods().Where(handle =>
                _metadata.GetString(_metadata.GetMethodDefinition(handle).Name) is var name &&
                (name == user.Name || name == "get_" + user.Name || name == "set_" + user.Name));
}
