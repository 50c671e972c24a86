using System;
using System.Collections.Generic;
using System.Security.Cryptography;
using System.Text;

namespace Aims.Cli.Inputs;

/// <summary>
/// Reads manifests one at a time, so that a merge of a thousand holds one JSON document at once. The same manifest
/// found twice (a copy in bin/ and in publish/, or a .json and its assembly given separately) is read once; two
/// different manifests of the same assembly are an error, because nothing says which build to trust.
/// </summary>
internal sealed class ManifestLoader
{
    private readonly Dictionary<string, (string Hash, string Path)> _readByAssembly = new(StringComparer.Ordinal);

    /// <summary>The manifest of one input.</summary>
    public static Manifest.Manifest Load(ManifestInput input) => ManifestReader.Read(input.Path, ReadJson(input));

    /// <summary>Each distinct manifest of <paramref name="inputs"/> in turn; <paramref name="progress"/> hears how many were read.</summary>
    public IEnumerable<Manifest.Manifest> ReadAll(IReadOnlyList<ManifestInput> inputs, Action<int, int>? progress = null)
    {
        for (var i = 0; i < inputs.Count; i++)
        {
            var input = inputs[i];
            var json = ReadJson(input);
            var manifest = ManifestReader.Read(input.Path, json);
            progress?.Invoke(i + 1, inputs.Count);
            if (IsFirstReading(input.Path, manifest.Assembly.Name, json.Span))
            {
                yield return manifest;
            }
        }
    }

    private bool IsFirstReading(string path, string assembly, ReadOnlySpan<byte> json)
    {
        var hash = Convert.ToHexString(SHA256.HashData(json));
        if (!_readByAssembly.TryGetValue(assembly, out var earlier))
        {
            _readByAssembly.Add(assembly, (hash, path));
            return true;
        }

        return earlier.Hash == hash
            ? false
            : throw new InputException(path, $"is a different manifest of assembly '{assembly}' than {earlier.Path}; pass one build of each assembly");
    }

    private static ReadOnlyMemory<byte> ReadJson(ManifestInput input)
    {
        if (input.Carrier == ManifestCarrier.JsonFile)
        {
            return FileInputs.ReadAllBytes(input.Path);
        }

        var embedded = EmbeddedManifest.Read(input.Path)
            ?? throw new InputException(input.Path, "is a .NET assembly without an embedded Aims manifest (was it built with Aims.Analyzers?)");
        return Encoding.UTF8.GetBytes(embedded);
    }
}
