using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Aims.Analyzers.Tests.Harness;

/// <summary>One restored SDK package: its netstandard2.0 assemblies, compiled against the running framework.</summary>
public sealed class SdkPackage
{
    private readonly Lazy<(CSharpCompilation Compilation, ImmutableArray<MetadataReference> Own, HashSet<string> OwnNames)> _loaded;

    public SdkPackage(string id, string version)
    {
        Id = id;
        Version = version;
        _loaded = new(Load);
    }

    public string Id { get; }

    public string Version { get; }

    public override string ToString() => $"{Id} {Version}";

    /// <summary>The package's own assemblies, to compile test sources against instead of the referenced version.</summary>
    public ImmutableArray<MetadataReference> Assemblies => _loaded.Value.Own;

    /// <summary>The types of this metadata name that the package's own assemblies declare.</summary>
    public IEnumerable<INamedTypeSymbol> TypesNamed(string metadataName)
    {
        var (compilation, _, own) = _loaded.Value;
        return compilation.GetTypesByMetadataName(metadataName).Where(type => own.Contains(type.ContainingAssembly.Name));
    }

    private (CSharpCompilation, ImmutableArray<MetadataReference>, HashSet<string>) Load()
    {
        var directory = Path.Combine(SdkPackages.PackageRoot, Id.ToLowerInvariant(), Version, "lib", "netstandard2.0");
        if (!Directory.Exists(directory))
        {
            throw new InvalidOperationException($"{this} is not in the packages folder ({directory}); restore the test project.");
        }

        var files = Directory.GetFiles(directory, "*.dll").Order(StringComparer.Ordinal).ToList();

        // System.ClientModel and System.Memory.Data: the OpenAI clients derive from their types.
        var support = new[] { typeof(System.ClientModel.ApiKeyCredential).Assembly, typeof(BinaryData).Assembly }
            .Select(assembly => (MetadataReference)MetadataReference.CreateFromFile(assembly.Location));
        var own = files.Select(path => (MetadataReference)MetadataReference.CreateFromFile(path)).ToImmutableArray();
        var compilation = CSharpCompilation.Create("Probe", references: TestReferences.FrameworkOnly.AddRange(support).AddRange(own));
        return (compilation, own, files.Select(path => Path.GetFileNameWithoutExtension(path)).ToHashSet(StringComparer.Ordinal));
    }
}
