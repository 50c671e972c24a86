using System;
using System.Text.Json;
using Aims.Cli.Manifest;

namespace Aims.Cli.Inputs;

/// <summary>
/// Turns the JSON of one manifest into the model, accepting schemaVersion 2.x only, with a one-line reason naming the
/// file for anything else.
/// </summary>
internal static class ManifestReader
{
    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 64 };

    private static readonly byte[] ByteOrderMark = [0xEF, 0xBB, 0xBF];

    public static Manifest.Manifest Read(string file, ReadOnlyMemory<byte> json)
    {
        if (json.Span.StartsWith(ByteOrderMark))
        {
            json = json[ByteOrderMark.Length..];
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, Options);
        }
        catch (JsonException e)
        {
            throw new InputException(file, json.IsEmpty ? "is empty, not a manifest" : $"is not valid JSON (truncated or corrupt) at line {e.LineNumber + 1}, byte {e.BytePositionInLine + 1}");
        }

        using (document)
        {
            try
            {
                return Parse(file, document.RootElement);
            }
            catch (ManifestTextException e)
            {
                throw new InputException(file, $"has invalid UTF-8 in {e.Path}");
            }
            catch (InvalidOperationException)
            {
                // Text that System.Text.Json cannot read where the parser does not expect it (a key, the version).
                throw new InputException(file, "has invalid UTF-8");
            }
        }
    }

    private static Manifest.Manifest Parse(string file, JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("schemaVersion", out var version))
        {
            throw new InputException(file, "is JSON but not an Aims manifest (no schemaVersion)");
        }

        if (version.ValueKind != JsonValueKind.String || !IsSupported(version))
        {
            throw new InputException(file, $"has schemaVersion {version.GetRawText()}; this aims reads schemaVersion 2.x manifests (build with the current Aims.Analyzers)");
        }

        try
        {
            return ManifestParser.Parse(root);
        }
        catch (ManifestFormatException e)
        {
            throw new InputException(file, $"is not a valid schemaVersion 2 manifest: {e.Message}");
        }
    }

    private static bool IsSupported(JsonElement version) =>
        version.ValueEquals("2") || version.GetRawText().StartsWith("\"2.", StringComparison.Ordinal);
}
