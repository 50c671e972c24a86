using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Aims.Manifest;
using Aims.Manifest.Json;
using Aims.Manifest.Model;

namespace Aims.Build.Tasks;

/// <summary>
/// The scans of dependency assemblies, kept in obj/ by content: an assembly whose path, size and time are unchanged is
/// not read again, and one whose bytes hash to a scanned one is not scanned again. A cache that cannot be read is
/// rebuilt; it is never an input the build trusts beyond the hash.
/// </summary>
internal sealed class DependencyCache
{
    private const int FormatVersion = 1;

    // Scans of another version of the scanner or its catalogue are not reused: they may have found other calls.
    private static readonly string Scanner = Manifest.PackageVersion.Of(typeof(Manifest.Binary.AssemblyScanner).Assembly);

    private readonly Dictionary<string, Entry> _byFile = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ScannedDependency> _byContent = new(StringComparer.Ordinal);
    private readonly List<Entry> _used = [];

    private sealed record Entry(string Path, long Size, long Modified, string Sha256, ScannedDependency Scan);

    public static DependencyCache Load(string path)
    {
        var cache = new DependencyCache();
        try
        {
            if (!File.Exists(path))
            {
                return cache;
            }

            var root = new JsonObjectReader(JsonParser.Parse(File.ReadAllBytes(path)), "");
            if (root.Int("version") != FormatVersion || root.NullableString("scanner") != Scanner)
            {
                return cache;
            }

            foreach (var entry in root.Array("entries", ReadEntry))
            {
                cache._byFile[entry.Path] = entry;
                cache._byContent[entry.Sha256] = entry.Scan;
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or JsonFormatException or JsonShapeException)
        {
            return new DependencyCache();
        }

        return cache;
    }

    /// <summary>The scan of an assembly: from the cache when its file or its content was scanned before, else <paramref name="scan"/>'s.</summary>
    public ScannedDependency Get(string path, Func<ScannedDependency> scan)
    {
        var file = new FileInfo(path);
        var modified = file.LastWriteTimeUtc.Ticks;
        if (_byFile.TryGetValue(path, out var known) && known.Size == file.Length && known.Modified == modified)
        {
            _used.Add(known);
            return known.Scan;
        }

        string sha256;
        using (var stream = file.OpenRead())
        {
            sha256 = ContentHash.Sha256(stream);
        }

        var result = _byContent.TryGetValue(sha256, out var same) ? same : scan();
        _byContent[sha256] = result;
        _used.Add(new Entry(path, file.Length, modified, sha256, result));
        return result;
    }

    /// <summary>Writes the entries of this build only, so the cache never grows beyond the project's dependencies.</summary>
    public void Save(string path)
    {
        var json = new JsonWriter();
        json.StartObject();
        json.Number("version", FormatVersion);
        json.String("scanner", Scanner);
        json.StartArray("entries");
        foreach (var entry in _used.GroupBy(e => e.Path, StringComparer.Ordinal).Select(g => g.Last()).OrderBy(e => e.Path, StringComparer.Ordinal))
        {
            json.StartObject();
            json.String("path", entry.Path);
            json.Number("size", entry.Size);
            // Ticks exceed what a JSON number keeps exactly in a double.
            json.String("modified", entry.Modified.ToString(System.Globalization.CultureInfo.InvariantCulture));
            json.String("sha256", entry.Sha256);
            json.String("assemblyName", entry.Scan.AssemblyName);
            json.StartArray("declaredSystems");
            foreach (var system in entry.Scan.DeclaredSystems)
            {
                json.StringValue(system);
            }

            json.EndArray();
            json.StartArray("calls");
            foreach (var call in entry.Scan.Calls)
            {
                ManifestWriter.WriteDependencyCall(json, call);
            }

            json.EndArray();
            json.EndObject();
        }

        json.EndArray();
        json.EndObject();
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path))!);
        File.WriteAllText(path, json.ToString(), new UTF8Encoding(false));
    }

    private static Entry ReadEntry(JsonObjectReader json) => new(
        json.String("path"),
        (long)(json.NullableDouble("size") ?? 0),
        long.TryParse(json.String("modified"), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var modified) ? modified : -1,
        json.String("sha256"),
        new ScannedDependency(
            json.String("assemblyName"),
            json.Array("calls", ManifestReader.ReadDependencyCall),
            json.StringArray("declaredSystems")));
}
