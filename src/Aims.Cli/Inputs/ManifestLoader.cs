using System;
using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using Aims.Manifest.Model;

namespace Aims.Cli.Inputs;

/// <summary>
/// Reads manifests one at a time, so that a merge of a thousand holds one JSON document at once. The same manifest
/// found twice (a copy in bin/ and in publish/, or a .json and its assembly given separately) is read once; two
/// different manifests of the same assembly, or two different inventories of the same assemblies, are an error,
/// because nothing says which build to trust.
/// </summary>
internal sealed class ManifestLoader
{
    private readonly Dictionary<string, (string Hash, string Path)> _readBySubject = new(StringComparer.Ordinal);

    /// <summary>The manifest of one input.</summary>
    public static ManifestDocument Load(ManifestInput input) => RequireBuildEvidence(input.Path, ManifestReader.Read(input.Path, ReadJson(input)));

    /// <summary>Each distinct manifest of <paramref name="inputs"/> in turn; <paramref name="progress"/> hears how many were read.</summary>
    public IEnumerable<ManifestDocument> ReadAll(IReadOnlyList<ManifestInput> inputs, Action<int, int>? progress = null)
    {
        for (var i = 0; i < inputs.Count; i++)
        {
            var input = inputs[i];
            var json = ReadJson(input);
            var manifest = RequireBuildEvidence(input.Path, ManifestReader.Read(input.Path, json));
            progress?.Invoke(i + 1, inputs.Count);
            if (IsFirstReading(input.Path, manifest, json))
            {
                yield return manifest;
            }
        }
    }

    /// <summary>
    /// Whether this is the first manifest of its subject: an assembly, or for a merged inventory the assemblies it joins
    /// (its own name, "merged" by default, says nothing about its content).
    /// </summary>
    private bool IsFirstReading(string path, ManifestDocument manifest, byte[] json)
    {
        var subject = manifest.Sources is { } sources
            ? $"an inventory of {string.Join(", ", sources.Select(s => s.Name))}"
            : $"assembly '{manifest.Assembly.Name}'";
        var hash = Convert.ToHexString(SHA256.HashData(json));
        if (!_readBySubject.TryGetValue(subject, out var earlier))
        {
            _readBySubject.Add(subject, (hash, path));
            return true;
        }

        return earlier.Hash == hash
            ? false
            : throw new InputException(path, $"is a different manifest of {subject} than {earlier.Path}; pass one build of each");
    }

    /// <summary>
    /// The manifest, when it holds the build's AI calls, controls and findings. One of declarations only (the copy inside an
    /// assembly, or a build whose analyzers did not run) would be read as an assembly without AI usage: refused, naming why.
    /// </summary>
    private static ManifestDocument RequireBuildEvidence(string path, ManifestDocument manifest) =>
        manifest.HasBuildEvidence
            ? manifest
            : throw new InputException(path, $"holds the declarations of '{manifest.Assembly.Name}' only, not its AI calls, findings or controls ({manifest.Evidence.Missing}); give the {manifest.Assembly.Name}.aims.json that a build wrote next to the assembly");

    private static byte[] ReadJson(ManifestInput input)
    {
        if (input.Carrier == ManifestCarrier.JsonFile)
        {
            return FileInputs.ReadAllBytes(input.Path);
        }

        if (input.Carrier == ManifestCarrier.Assembly)
        {
            return FromAssembly(input.Path, EmbeddedCopy.Read(input.Path));
        }

        var bytes = FileInputs.ReadAllBytes(input.Path);
        return Aims.Manifest.EmbeddedManifest.LooksLikeAnAssembly(bytes) ? FromAssembly(input.Path, EmbeddedCopy.Read(input.Path, bytes)) : bytes;
    }

    private static byte[] FromAssembly(string path, string? embedded) => embedded is null
        ? throw new InputException(path, EmbeddedCopy.NoneCarried)
        : Encoding.UTF8.GetBytes(embedded);
}
