using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Threading;
using Aims.Analyzers.Model;
using Aims.Manifest.Vocabulary;
using Microsoft.CodeAnalysis;

namespace Aims.Analyzers.Declarations;

/// <summary>
/// The governance attributes of the referenced assemblies that were compiled against Aims.Annotations, read once per
/// assembly symbol (the compiler reuses those across compilations, so an edit reads nothing again). Only what the
/// reference shows is visible: reference assemblies carry the public surface and the assembly's own attributes.
/// </summary>
internal static class ReferencedDeclarationReader
{
    private static readonly ConditionalWeakTable<IAssemblySymbol, StrongBox<ImmutableArray<AttributeUseModel>>> Cache = new();

    public static ImmutableArray<AttributeUseModel> Read(Compilation compilation, CancellationToken cancellationToken)
    {
        var uses = ImmutableArray.CreateBuilder<AttributeUseModel>();
        foreach (var assembly in compilation.SourceModule.ReferencedAssemblySymbols)
        {
            if (assembly.Name != AimsAttributeNames.AnnotationsAssembly && AimsAttributeSymbols.IsReferencedBy(assembly))
            {
                uses.AddRange(Cache.GetValue(assembly, a => new StrongBox<ImmutableArray<AttributeUseModel>>(ReadAssembly(a, cancellationToken))).Value);
            }
        }

        return uses.ToImmutable();
    }

    private static ImmutableArray<AttributeUseModel> ReadAssembly(IAssemblySymbol assembly, CancellationToken cancellationToken)
    {
        var uses = new List<AttributeUseModel>();
        Add(assembly, assembly.Name, uses, cancellationToken);
        var pending = new Stack<INamespaceOrTypeSymbol>();
        pending.Push(assembly.GlobalNamespace);
        while (pending.Count > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var member in pending.Pop().GetMembers())
            {
                if (member is INamespaceSymbol ns)
                {
                    pending.Push(ns);
                }
                else if (member is INamedTypeSymbol type)
                {
                    Add(type, assembly.Name, uses, cancellationToken);
                    foreach (var typeMember in type.GetMembers())
                    {
                        if (typeMember is IMethodSymbol or IPropertySymbol)
                        {
                            Add(typeMember, assembly.Name, uses, cancellationToken);
                        }
                    }

                    pending.Push(type);
                }
            }
        }

        return uses.ToImmutableArray();
    }

    private static void Add(ISymbol symbol, string assemblyName, List<AttributeUseModel> uses, CancellationToken cancellationToken)
    {
        uses.AddRange(AttributeUseReader.Read(symbol, symbol.GetAttributes(), assemblyName, cancellationToken));
    }
}
