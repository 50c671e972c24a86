using System.Globalization;
using System.IO;
using System.Linq;
using System.Security.Cryptography;

namespace Aims.Build.Tasks;

/// <summary>The SHA-256 of a file's content as lower-case hex: how the manifest and the dependency cache name content.</summary>
internal static class ContentHash
{
    public static string Sha256(Stream content)
    {
        using var hash = SHA256.Create();
        return string.Concat(hash.ComputeHash(content).Select(b => b.ToString("x2", CultureInfo.InvariantCulture)));
    }

    public static string Sha256(byte[] content)
    {
        using var stream = new MemoryStream(content, writable: false);
        return Sha256(stream);
    }
}
