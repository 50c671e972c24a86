using System;
using System.Security.Cryptography;
using System.Text;

namespace Aims.Cli.Bom;

/// <summary>
/// Name-based UUIDs (RFC 9562 version 5, SHA-1) in the tool's own namespace: the same content always gives the same
/// serial number or reference, so exporting the same manifest twice gives byte-identical documents.
/// </summary>
internal static class DeterministicUuid
{
    /// <summary>The RFC 9562 URL namespace.</summary>
    private static readonly Guid UrlNamespace = new("6ba7b811-9dad-11d1-80b4-00c04fd430c8");

    /// <summary>The tool's namespace: the version 5 UUID of its repository's URL.</summary>
    private static readonly Guid AimsNamespace = Create(UrlNamespace, "https://github.com/aims-analyzers/Aims.Analyzers");

    public static Guid Of(string name) => Create(AimsNamespace, name);

    private static Guid Create(Guid space, string name)
    {
        var input = new byte[16 + Encoding.UTF8.GetByteCount(name)];
        space.TryWriteBytes(input, bigEndian: true, out _);
        Encoding.UTF8.GetBytes(name, input.AsSpan(16));
        Span<byte> hash = stackalloc byte[20];
        SHA1.HashData(input, hash);
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash[..16], bigEndian: true);
    }
}
